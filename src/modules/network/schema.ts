import { boolean, index, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid, date } from 'drizzle-orm/pg-core';

export const areaKinds = ['country', 'region', 'sub-region', 'local-authority'] as const;
export type AreaKind = (typeof areaKinds)[number];

/** Geography as official statistics use it: England → regions → Inner/Outer London → authorities. */
export const areas = pgTable(
  'areas',
  {
    code: text('code').primaryKey(),
    name: text('name').notNull(),
    kind: text('kind').$type<AreaKind>().notNull(),
    parentCode: text('parent_code'),
    /** DfE's older three-digit local authority code (201-213 inner, 301-320 outer …). */
    dfeCode: text('dfe_code'),
  },
  (t) => [uniqueIndex('areas_dfe_code').on(t.dfeCode), index('areas_parent').on(t.parentCode)],
);

export const boards = pgTable('boards', {
  id: uuid('id').primaryKey().defaultRandom(),
  code: text('code').notNull().unique(),
  name: text('name').notNull(),
  website: text('website'),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

/** A board covers one or more local authorities (City of London and Hackney share one). */
export const boardAreas = pgTable(
  'board_areas',
  {
    boardId: uuid('board_id')
      .notNull()
      .references(() => boards.id, { onDelete: 'cascade' }),
    areaCode: text('area_code')
      .notNull()
      .references(() => areas.code),
  },
  (t) => [primaryKey({ columns: [t.boardId, t.areaCode] }), uniqueIndex('board_areas_area').on(t.areaCode)],
);

export const organisationKinds = [
  'local-authority',
  'police',
  'health',
  'probation',
  'cafcass',
  'education',
  'voluntary',
  'network',
  'other',
] as const;
export type OrganisationKind = (typeof organisationKinds)[number];

export const organisations = pgTable('organisations', {
  id: uuid('id').primaryKey().defaultRandom(),
  name: text('name').notNull(),
  kind: text('kind').$type<OrganisationKind>().notNull(),
  boardId: uuid('board_id').references(() => boards.id, { onDelete: 'set null' }),
  demo: boolean('demo').notNull().default(false),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

/** A person in the directory; many never have an account. */
export const people = pgTable(
  'people',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    name: text('name').notNull(),
    email: text('email'),
    jobTitle: text('job_title'),
    organisationId: uuid('organisation_id').references(() => organisations.id, { onDelete: 'set null' }),
    boardId: uuid('board_id').references(() => boards.id, { onDelete: 'set null' }),
    demo: boolean('demo').notNull().default(false),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('people_name').on(t.name)],
);

export const groupKinds = ['network', 'steering-group', 'sub-group', 'task-group'] as const;
export type GroupKind = (typeof groupKinds)[number];

export const groups = pgTable('groups', {
  id: uuid('id').primaryKey().defaultRandom(),
  slug: text('slug').notNull().unique(),
  name: text('name').notNull(),
  kind: text('kind').$type<GroupKind>().notNull(),
  description: text('description'),
  demo: boolean('demo').notNull().default(false),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

export const membershipRoles = ['chair', 'deputy', 'member', 'note-taker'] as const;
export type MembershipRole = (typeof membershipRoles)[number];

export const groupMemberships = pgTable(
  'group_memberships',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    groupId: uuid('group_id')
      .notNull()
      .references(() => groups.id, { onDelete: 'cascade' }),
    personId: uuid('person_id')
      .notNull()
      .references(() => people.id, { onDelete: 'cascade' }),
    role: text('role').$type<MembershipRole>().notNull(),
    since: date('since'),
  },
  (t) => [uniqueIndex('group_memberships_once').on(t.groupId, t.personId)],
);
