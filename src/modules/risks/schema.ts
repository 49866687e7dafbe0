import { boolean, date, index, integer, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { boards, people } from '../network/schema.ts';

export const projectStatuses = ['proposed', 'active', 'on-hold', 'closed'] as const;
export type ProjectStatus = (typeof projectStatuses)[number];

/** One rating band of a project's risk matrix: scores `from`..`to` inclusive. */
export interface RiskBand {
  label: string;
  from: number;
  to: number;
}

/** A piece of work the network (or one board) runs with a plan and a risk register. */
export const projects = pgTable('projects', {
  id: uuid('id').primaryKey().defaultRandom(),
  slug: text('slug').notNull().unique(),
  name: text('name').notNull(),
  description: text('description'),
  ownerPersonId: uuid('owner_person_id').references(() => people.id, { onDelete: 'set null' }),
  /** Null: a network project; otherwise the board that runs it. */
  boardId: uuid('board_id').references(() => boards.id, { onDelete: 'set null' }),
  status: text('status').$type<ProjectStatus>().notNull().default('active'),
  /** The project's public page at /projects/<slug> is visible to anyone. */
  publicPage: boolean('public_page').notNull().default(false),
  bands: jsonb('bands').$type<RiskBand[]>().notNull(),
  demo: boolean('demo').notNull().default(false),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

export const planStatuses = ['not-started', 'in-progress', 'complete', 'delayed'] as const;
export type PlanStatus = (typeof planStatuses)[number];

export const projectPhases = pgTable(
  'project_phases',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    projectId: uuid('project_id')
      .notNull()
      .references(() => projects.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    position: integer('position').notNull(),
    description: text('description'),
    ownerPersonId: uuid('owner_person_id').references(() => people.id, { onDelete: 'set null' }),
    status: text('status').$type<PlanStatus>().notNull().default('not-started'),
    plannedStart: date('planned_start'),
    plannedEnd: date('planned_end'),
    actualStart: date('actual_start'),
    actualEnd: date('actual_end'),
  },
  (t) => [index('project_phases_project').on(t.projectId, t.position)],
);

export const projectMilestones = pgTable(
  'project_milestones',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    projectId: uuid('project_id')
      .notNull()
      .references(() => projects.id, { onDelete: 'cascade' }),
    phaseId: uuid('phase_id').references(() => projectPhases.id, { onDelete: 'set null' }),
    name: text('name').notNull(),
    ownerPersonId: uuid('owner_person_id').references(() => people.id, { onDelete: 'set null' }),
    status: text('status').$type<PlanStatus>().notNull().default('not-started'),
    plannedDate: date('planned_date'),
    actualDate: date('actual_date'),
  },
  (t) => [index('project_milestones_project').on(t.projectId)],
);

export const riskStatuses = ['open', 'monitoring', 'closed'] as const;
export type RiskStatus = (typeof riskStatuses)[number];

export const riskCategories = [
  'strategic',
  'delivery',
  'data-protection',
  'data-quality',
  'technical',
  'financial',
  'people',
  'legal',
  'reputational',
] as const;
export type RiskCategory = (typeof riskCategories)[number];

export const risks = pgTable(
  'risks',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    projectId: uuid('project_id')
      .notNull()
      .references(() => projects.id, { onDelete: 'cascade' }),
    /** R1, R2 … within the project: how people refer to risks in meetings. */
    number: integer('number').notNull(),
    title: text('title').notNull(),
    cause: text('cause'),
    event: text('event').notNull(),
    effect: text('effect'),
    ownerPersonId: uuid('owner_person_id').references(() => people.id, { onDelete: 'set null' }),
    category: text('category').$type<RiskCategory>().notNull(),
    inherentLikelihood: integer('inherent_likelihood').notNull(),
    inherentImpact: integer('inherent_impact').notNull(),
    controls: text('controls'),
    residualLikelihood: integer('residual_likelihood'),
    residualImpact: integer('residual_impact'),
    targetLikelihood: integer('target_likelihood'),
    targetImpact: integer('target_impact'),
    status: text('status').$type<RiskStatus>().notNull().default('open'),
    nextReviewDate: date('next_review_date'),
    /** Until meetings' actions can be linked directly: a reference such as "Board action 2025-14" and an optional link. */
    linkedAction: text('linked_action'),
    linkedActionUrl: text('linked_action_url'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('risks_project_number').on(t.projectId, t.number), index('risks_review').on(t.status, t.nextReviewDate)],
);

export const scoreKinds = ['inherent', 'residual', 'target'] as const;
export type ScoreKind = (typeof scoreKinds)[number];

/** Every change of a risk's likelihood or impact, with who made it and when. */
export const riskScoreChanges = pgTable(
  'risk_score_changes',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    riskId: uuid('risk_id')
      .notNull()
      .references(() => risks.id, { onDelete: 'cascade' }),
    kind: text('kind').$type<ScoreKind>().notNull(),
    /** Null when the score was cleared (e.g. residual not yet assessed). */
    likelihood: integer('likelihood'),
    impact: integer('impact'),
    changedByUserId: uuid('changed_by_user_id'),
    changedByLabel: text('changed_by_label').notNull(),
    changedAt: timestamp('changed_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('risk_score_changes_risk').on(t.riskId, t.changedAt)],
);
