import {
  boolean,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import type { Answer, Answers, FormDefinition } from './form-model.ts';
import type { ValidationRule } from './rules.ts';

/** A form held whole; `version` goes up on every change so an old XLSX template is recognised. */
export const collectionForms = pgTable('collection_forms', {
  id: uuid('id').primaryKey().defaultRandom(),
  name: text('name').notNull(),
  description: text('description'),
  definition: jsonb('definition').$type<FormDefinition>().notNull(),
  version: integer('version').notNull().default(1),
  /** Where a generated form came from, e.g. "Framework version 2". */
  source: text('source'),
  demo: boolean('demo').notNull().default(false),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

export const collectionKinds = ['return', 'survey', 'consultation', 'volunteer-call'] as const;
export type CollectionKind = (typeof collectionKinds)[number];
export const collectionStatuses = ['draft', 'open', 'closed', 'published'] as const;
export type CollectionStatus = (typeof collectionStatuses)[number];
export const audiences = ['all', 'group', 'pilots'] as const;
export type Audience = (typeof audiences)[number];

/** Settings only some kinds use: places for a volunteer call, checks for a budget survey. */
export interface CollectionSettings {
  places?: { role: string; count: number }[];
  budget?: { table: string; total?: string | null; changeThreshold: number };
}

export const collections = pgTable(
  'collections',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    name: text('name').notNull(),
    kind: text('kind').$type<CollectionKind>().notNull(),
    /** The period returns describe, as statistics name it: "2024-25", "2025". */
    period: text('period').notNull(),
    formId: uuid('form_id')
      .notNull()
      .references(() => collectionForms.id),
    audience: text('audience').$type<Audience>().notNull().default('all'),
    groupId: uuid('group_id'),
    opensOn: date('opens_on').notNull(),
    closesOn: date('closes_on').notNull(),
    reminderFirstAfterDays: integer('reminder_first_after_days').notNull().default(7),
    reminderEveryDays: integer('reminder_every_days').notNull().default(7),
    reminderMax: integer('reminder_max').notNull().default(3),
    status: text('status').$type<CollectionStatus>().notNull().default('draft'),
    completeOnlyIfValid: boolean('complete_only_if_valid').notNull().default(false),
    rules: jsonb('rules').$type<ValidationRule[]>().notNull().default([]),
    settings: jsonb('settings').$type<CollectionSettings>().notNull().default({}),
    openedAt: timestamp('opened_at', { withTimezone: true }),
    publishedAt: timestamp('published_at', { withTimezone: true }),
    demo: boolean('demo').notNull().default(false),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('collections_status').on(t.status)],
);

export const returnStatuses = ['not-started', 'in-progress', 'submitted', 'returned', 'accepted'] as const;
export type ReturnStatus = (typeof returnStatuses)[number];

/**
 * One invited board's return: created when the board is invited, so "invited" is a row.
 * Answers are held whole (one row per return), so a 300-question save is one update;
 * `revision` goes up on every save, and a save based on an older revision is refused.
 */
export const collectionReturns = pgTable(
  'collection_returns',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    collectionId: uuid('collection_id')
      .notNull()
      .references(() => collections.id, { onDelete: 'cascade' }),
    boardId: uuid('board_id').notNull(),
    status: text('status').$type<ReturnStatus>().notNull().default('not-started'),
    answers: jsonb('answers').$type<Answers>().notNull().default({}),
    revision: integer('revision').notNull().default(0),
    invitedAt: timestamp('invited_at', { withTimezone: true }).notNull().defaultNow(),
    startedAt: timestamp('started_at', { withTimezone: true }),
    savedAt: timestamp('saved_at', { withTimezone: true }),
    savedBy: text('saved_by'),
    firstSubmittedAt: timestamp('first_submitted_at', { withTimezone: true }),
    submittedAt: timestamp('submitted_at', { withTimezone: true }),
    acceptedAt: timestamp('accepted_at', { withTimezone: true }),
    /** The coordinator's comment when they last sent it back. */
    reviewComment: text('review_comment'),
    remindersSent: integer('reminders_sent').notNull().default(0),
    lastRemindedAt: timestamp('last_reminded_at', { withTimezone: true }),
  },
  (t) => [
    uniqueIndex('collection_returns_board').on(t.collectionId, t.boardId),
    index('collection_returns_board_id').on(t.boardId),
  ],
);

/** Every change to an answer after the return was first submitted: who, when, from what to what. */
export const collectionAnswerChanges = pgTable(
  'collection_answer_changes',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    returnId: uuid('return_id')
      .notNull()
      .references(() => collectionReturns.id, { onDelete: 'cascade' }),
    questionCode: text('question_code').notNull(),
    before: jsonb('before').$type<Answer | null>(),
    after: jsonb('after').$type<Answer | null>(),
    changedBy: text('changed_by').notNull(),
    changedByUserId: uuid('changed_by_user_id'),
    changedAt: timestamp('changed_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('collection_answer_changes_return').on(t.returnId)],
);

export const returnEventKinds = ['submitted', 'returned', 'accepted', 'uploaded', 'reminded'] as const;
export type ReturnEventKind = (typeof returnEventKinds)[number];

/** The return's story: submitted, sent back with a comment, resubmitted, accepted, reminded. */
export const collectionReturnEvents = pgTable(
  'collection_return_events',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    returnId: uuid('return_id')
      .notNull()
      .references(() => collectionReturns.id, { onDelete: 'cascade' }),
    kind: text('kind').$type<ReturnEventKind>().notNull(),
    comment: text('comment'),
    /** For reminders: the outbox dedupe key, to tell whether the email bounced. */
    emailKey: text('email_key'),
    byLabel: text('by_label').notNull(),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('collection_return_events_return').on(t.returnId)],
);

export const pilotStatuses = ['volunteered', 'confirmed', 'withdrawn'] as const;
export type PilotStatus = (typeof pilotStatuses)[number];

/** Boards that volunteer to try collections first. */
export const collectionPilots = pgTable('collection_pilots', {
  boardId: uuid('board_id').primaryKey(),
  status: text('status').$type<PilotStatus>().notNull(),
  note: text('note'),
  changedBy: text('changed_by').notNull(),
  changedAt: timestamp('changed_at', { withTimezone: true }).notNull().defaultNow(),
});
