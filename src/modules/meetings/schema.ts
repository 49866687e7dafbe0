import { boolean, date, index, integer, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { groups, people } from '../network/schema.ts';
import { users } from '../../platform/auth/schema.ts';

export const meetingKinds = ['meeting', 'event'] as const;
export type MeetingKind = (typeof meetingKinds)[number];

/** A meeting's life: planned, then held, then its minutes are drafted and approved at a later meeting. */
export const meetingStatuses = ['scheduled', 'held', 'minutes-drafted', 'minutes-approved'] as const;
export type MeetingStatus = (typeof meetingStatuses)[number];

/** A meeting of a group, or an event it runs (a seminar with invitations and replies). */
export const meetings = pgTable(
  'meetings',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    groupId: uuid('group_id')
      .notNull()
      .references(() => groups.id, { onDelete: 'cascade' }),
    kind: text('kind').$type<MeetingKind>().notNull().default('meeting'),
    title: text('title').notNull(),
    date: date('date').notNull(),
    /** 24-hour HH:MM as minutes write them; a time of day, not a moment. */
    start: text('start'),
    end: text('end'),
    location: text('location'),
    chairPersonId: uuid('chair_person_id').references(() => people.id, { onDelete: 'set null' }),
    standingInForPersonId: uuid('standing_in_for_person_id').references(() => people.id, { onDelete: 'set null' }),
    /** Free text when the usual chair is not in the directory (e.g. imported minutes). */
    standingInForName: text('standing_in_for_name'),
    status: text('status').$type<MeetingStatus>().notNull().default('scheduled'),
    approvedAtMeetingId: uuid('approved_at_meeting_id'),
    note: text('note'),
    importedFrom: text('imported_from'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('meetings_group_date').on(t.groupId, t.date)],
);

/** Present, apologies and absent for meetings; invited, accepted and declined for events. */
export const attendanceKinds = ['present', 'apologies', 'absent', 'invited', 'accepted', 'declined'] as const;
export type AttendanceKind = (typeof attendanceKinds)[number];

export const meetingAttendance = pgTable(
  'meeting_attendance',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    meetingId: uuid('meeting_id')
      .notNull()
      .references(() => meetings.id, { onDelete: 'cascade' }),
    personId: uuid('person_id')
      .notNull()
      .references(() => people.id, { onDelete: 'cascade' }),
    attendance: text('attendance').$type<AttendanceKind>().notNull(),
    /** The organisation as the minutes gave it, when it differs from the directory's. */
    organisation: text('organisation'),
    representing: text('representing'),
    /** e.g. "notes" (note-taker), "guest", "presenter", "Consultant". */
    role: text('role'),
    position: integer('position').notNull().default(0),
  },
  (t) => [uniqueIndex('meeting_attendance_once').on(t.meetingId, t.personId)],
);

export interface Paper {
  title: string;
  url: string;
}

export const agendaItems = pgTable(
  'agenda_items',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    meetingId: uuid('meeting_id')
      .notNull()
      .references(() => meetings.id, { onDelete: 'cascade' }),
    /** "1", "2", "2.1": as the agenda numbers it. */
    number: text('number').notNull(),
    position: integer('position').notNull(),
    title: text('title').notNull(),
    presenterPersonId: uuid('presenter_person_id').references(() => people.id, { onDelete: 'set null' }),
    presenterName: text('presenter_name'),
    papers: jsonb('papers').$type<Paper[]>().notNull().default([]),
    /** The minutes of this item; each paragraph is numbered <item>.<n> when shown. */
    minutes: text('minutes'),
  },
  (t) => [index('agenda_items_meeting').on(t.meetingId, t.position)],
);

export const actionStatuses = ['open', 'done', 'dropped'] as const;
export type ActionStatus = (typeof actionStatuses)[number];

export const meetingActions = pgTable(
  'meeting_actions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    groupId: uuid('group_id')
      .notNull()
      .references(() => groups.id, { onDelete: 'cascade' }),
    meetingId: uuid('meeting_id')
      .notNull()
      .references(() => meetings.id, { onDelete: 'cascade' }),
    itemId: uuid('item_id').references(() => agendaItems.id, { onDelete: 'set null' }),
    position: integer('position').notNull().default(0),
    text: text('text').notNull(),
    due: date('due'),
    /** "By the next meeting": due on the date of the group's next meeting, whenever that is set. */
    dueByNextMeeting: boolean('due_by_next_meeting').notNull().default(false),
    status: text('status').$type<ActionStatus>().notNull().default('open'),
    /** When it was marked done or dropped; it stays outstanding for meetings before this. */
    closedAt: date('closed_at'),
    /** Imported as already outstanding from a meeting before this one. */
    carriedForward: boolean('carried_forward').notNull().default(false),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('meeting_actions_group').on(t.groupId, t.status), index('meeting_actions_meeting').on(t.meetingId)],
);

/** A person, or a body such as "Chairs" that stands for the group's members. */
export const actionOwners = pgTable(
  'action_owners',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    actionId: uuid('action_id')
      .notNull()
      .references(() => meetingActions.id, { onDelete: 'cascade' }),
    personId: uuid('person_id').references(() => people.id, { onDelete: 'cascade' }),
    body: text('body'),
    /** As the minutes wrote it ("GO", "Chairs"). */
    label: text('label').notNull(),
    position: integer('position').notNull().default(0),
  },
  (t) => [index('action_owners_action').on(t.actionId), index('action_owners_person').on(t.personId)],
);

export const actionNotes = pgTable(
  'action_notes',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    actionId: uuid('action_id')
      .notNull()
      .references(() => meetingActions.id, { onDelete: 'cascade' }),
    status: text('status').$type<ActionStatus>().notNull(),
    note: text('note'),
    byLabel: text('by_label').notNull(),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('action_notes_action').on(t.actionId)],
);

/** Parsed minutes waiting for the importer to confirm them; nothing else is saved until then. */
export const importDrafts = pgTable('import_drafts', {
  id: uuid('id').primaryKey().defaultRandom(),
  userId: uuid('user_id')
    .notNull()
    .references(() => users.id, { onDelete: 'cascade' }),
  groupId: uuid('group_id')
    .notNull()
    .references(() => groups.id, { onDelete: 'cascade' }),
  fileName: text('file_name').notNull(),
  parsed: jsonb('parsed').notNull(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
});

/** Calendar apps cannot sign in: a secret in the feed's URL stands for the user (only its hash is kept). */
export const calendarFeedTokens = pgTable('calendar_feed_tokens', {
  id: uuid('id').primaryKey().defaultRandom(),
  userId: uuid('user_id')
    .notNull()
    .references(() => users.id, { onDelete: 'cascade' }),
  tokenHash: text('token_hash').notNull().unique(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  revokedAt: timestamp('revoked_at', { withTimezone: true }),
});
