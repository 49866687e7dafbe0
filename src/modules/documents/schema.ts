import { boolean, index, integer, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';

/**
 * A paper attached to one thing of another module, named by kind and id (e.g. `project`
 * and its id). Who may read or change it follows that thing (see attachments.ts).
 */
export const documents = pgTable(
  'documents',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    attachedKind: text('attached_kind').notNull(),
    attachedId: text('attached_id').notNull(),
    title: text('title').notNull(),
    description: text('description'),
    /** Shown on public pages when what it is attached to is public. */
    published: boolean('published').notNull().default(false),
    latestVersion: integer('latest_version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('documents_attached').on(t.attachedKind, t.attachedId)],
);

/** Each upload of a document; the bytes live on disk under the upload dir, named by their SHA-256. */
export const documentVersions = pgTable(
  'document_versions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    documentId: uuid('document_id')
      .notNull()
      .references(() => documents.id, { onDelete: 'cascade' }),
    version: integer('version').notNull(),
    fileName: text('file_name').notNull(),
    mime: text('mime').notNull(),
    extension: text('extension').notNull(),
    size: integer('size').notNull(),
    sha256: text('sha256').notNull(),
    note: text('note'),
    uploadedByUserId: uuid('uploaded_by_user_id'),
    uploadedByLabel: text('uploaded_by_label').notNull(),
    uploadedAt: timestamp('uploaded_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('document_versions_number').on(t.documentId, t.version)],
);
