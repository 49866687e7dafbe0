import { index, integer, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import type { FrameworkDocument, VersionStatus } from './framework-schema.ts';

/** A framework the network works on; in practice one, the London outcomes framework. */
export const frameworks = pgTable('frameworks', {
  id: uuid('id').primaryKey().defaultRandom(),
  slug: text('slug').notNull().unique(),
  title: text('title').notNull(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

/** Who last saved an element of a version, and its revision: a save based on an older one is refused. */
export interface ElementRevision {
  revision: number;
  by: string;
  at: string;
}

/**
 * One version of a framework, held whole: the document (checked by the zod schema and the
 * cross-element rules on every save) is what export, import and diff all read, and the
 * revision of each element (by its stable key) guards concurrent edits of one draft.
 */
export const frameworkVersions = pgTable(
  'framework_versions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    frameworkId: uuid('framework_id')
      .notNull()
      .references(() => frameworks.id, { onDelete: 'cascade' }),
    number: integer('number').notNull(),
    status: text('status').$type<VersionStatus>().notNull(),
    document: jsonb('document').$type<FrameworkDocument>().notNull(),
    /** Element key ("item:<key>", "link:<from>-><to>" or "framework") → its last save. */
    revisions: jsonb('revisions').$type<Record<string, ElementRevision>>().notNull().default({}),
    /** The version this one was copied from, if any. */
    basedOn: integer('based_on'),
    createdBy: text('created_by').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
    publishedAt: timestamp('published_at', { withTimezone: true }),
  },
  (t) => [uniqueIndex('framework_versions_number').on(t.frameworkId, t.number)],
);

/** A member's comment on one element of a version under consultation. */
export const frameworkComments = pgTable(
  'framework_comments',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    versionId: uuid('version_id')
      .notNull()
      .references(() => frameworkVersions.id, { onDelete: 'cascade' }),
    elementKey: text('element_key').notNull(),
    /** The element's title when the comment was made, so it reads well even if it is later removed. */
    elementTitle: text('element_title').notNull(),
    authorUserId: uuid('author_user_id'),
    authorName: text('author_name').notNull(),
    body: text('body').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('framework_comments_version').on(t.versionId, t.elementKey)],
);
