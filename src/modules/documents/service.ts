import { and, asc, desc, eq, inArray } from 'drizzle-orm';
import { z } from 'zod';
import type { Queryable } from '../../platform/db/types.ts';
import { recordAudit, type Actor } from '../../platform/audit/service.ts';
import { checkUpload, UploadRejected } from '../../platform/files/index.ts';
import { documents, documentVersions } from './schema.ts';
import { removeBlob, storeBlob } from './store.ts';

export * from './attachments.ts';
export { readBlob, blobExists } from './store.ts';

export type DocumentRow = typeof documents.$inferSelect;
export type DocumentVersion = typeof documentVersions.$inferSelect;

/** Papers people share: PDFs, Office documents and images. */
export const DOCUMENT_TYPES = ['pdf', 'docx', 'xlsx', 'pptx', 'png', 'jpg', 'gif'] as const;
export const MAX_DOCUMENT_BYTES = 20 * 1024 * 1024;

const checkbox = z.preprocess((v) => v === true || v === 'yes' || v === 'true' || v === 'on', z.boolean());

export const documentInput = z.object({
  title: z.string().trim().min(1, 'Enter a title for the document').max(200, 'Title must be 200 characters or fewer'),
  description: z
    .string()
    .trim()
    .max(2000, 'Description must be 2,000 characters or fewer')
    .nullish()
    .transform((v) => v || null),
  published: checkbox.default(false),
});

export const versionNote = z
  .string()
  .trim()
  .max(500, 'The note must be 500 characters or fewer')
  .nullish()
  .transform((v) => v || null);

export interface UploadedFile {
  fileName: string;
  buffer: Buffer;
}

/**
 * Everything a file must pass before any of it is stored: a plain name (no folders),
 * one of the allowed kinds by its content, matching its extension, within the size limit,
 * and no zip bomb inside Office documents. Throws UploadRejected with a message for the person.
 */
export function checkDocumentFile(file: UploadedFile) {
  if (/[/\\]/.test(file.fileName) || /^\.+$/.test(file.fileName.trim())) {
    throw new UploadRejected('unsupported-type', 'The file name must not contain a folder path. Rename the file and upload it again.', `name ${JSON.stringify(file.fileName.slice(0, 100))}`);
  }
  return checkUpload({ fileName: file.fileName, buffer: file.buffer, allowed: DOCUMENT_TYPES, maxBytes: MAX_DOCUMENT_BYTES });
}

async function insertVersion(db: Queryable, actor: Actor, uploadDir: string, documentId: string, version: number, file: UploadedFile, note: string | null) {
  const checked = checkDocumentFile(file);
  const sha256 = await storeBlob(uploadDir, file.buffer);
  const [row] = await db
    .insert(documentVersions)
    .values({ documentId, version, fileName: checked.safeName, mime: checked.mime, extension: checked.extension, size: checked.size, sha256, note, uploadedByUserId: actor.userId, uploadedByLabel: actor.label })
    .returning();
  return row!;
}

/** Adds a document with its first version, attached to `kind`/`id`. The caller has checked the person may edit that thing. */
export async function addDocument(db: Queryable, actor: Actor, uploadDir: string, target: { kind: string; id: string }, input: z.input<typeof documentInput>, file: UploadedFile) {
  const v = documentInput.parse(input);
  checkDocumentFile(file); // before anything is written
  const [doc] = await db.insert(documents).values({ ...v, attachedKind: target.kind, attachedId: target.id }).returning();
  const version = await insertVersion(db, actor, uploadDir, doc!.id, 1, file, null);
  await recordAudit(db, actor, {
    action: 'create',
    entity: 'document',
    entityId: doc!.id,
    summary: `Uploaded ${v.title} (${version.fileName}) to ${target.kind} ${target.id}`,
    after: { ...v, attachedKind: target.kind, attachedId: target.id, fileName: version.fileName, sha256: version.sha256, size: version.size },
  });
  return { document: doc!, version };
}

/** A new version replaces the latest for downloads; earlier versions stay available. */
export async function addVersion(db: Queryable, actor: Actor, uploadDir: string, documentId: string, file: UploadedFile, note?: string | null) {
  const doc = await getDocument(db, documentId);
  if (!doc) throw new Error('No such document');
  const checkedNote = versionNote.parse(note);
  checkDocumentFile(file);
  const next = doc.latestVersion + 1;
  const version = await insertVersion(db, actor, uploadDir, documentId, next, file, checkedNote);
  await db.update(documents).set({ latestVersion: next, updatedAt: new Date() }).where(eq(documents.id, documentId));
  await recordAudit(db, actor, {
    action: 'update',
    entity: 'document',
    entityId: documentId,
    summary: `Uploaded version ${next} of ${doc.title} (${version.fileName})`,
    after: { version: next, fileName: version.fileName, sha256: version.sha256, note: checkedNote },
  });
  return version;
}

export async function updateDocument(db: Queryable, actor: Actor, documentId: string, input: z.input<typeof documentInput>) {
  const v = documentInput.parse(input);
  const before = await getDocument(db, documentId);
  if (!before) throw new Error('No such document');
  await db.update(documents).set({ ...v, updatedAt: new Date() }).where(eq(documents.id, documentId));
  const publishing = before.published !== v.published ? (v.published ? ' and published it' : ' and withdrew it from publication') : '';
  await recordAudit(db, actor, {
    action: 'update',
    entity: 'document',
    entityId: documentId,
    summary: `Updated document ${v.title}${publishing}`,
    before: { title: before.title, description: before.description, published: before.published },
    after: v,
  });
}

export async function getDocument(db: Queryable, id: string): Promise<DocumentRow | null> {
  if (!z.string().uuid().safeParse(id).success) return null;
  const [row] = await db.select().from(documents).where(eq(documents.id, id));
  return row ?? null;
}

export async function listVersions(db: Queryable, documentId: string): Promise<DocumentVersion[]> {
  return db.select().from(documentVersions).where(eq(documentVersions.documentId, documentId)).orderBy(desc(documentVersions.version));
}

/** A version by number, or the latest when `version` is omitted. */
export async function getVersion(db: Queryable, documentId: string, version?: number): Promise<DocumentVersion | null> {
  const [row] = await db
    .select()
    .from(documentVersions)
    .where(and(eq(documentVersions.documentId, documentId), version === undefined ? undefined : eq(documentVersions.version, version)))
    .orderBy(desc(documentVersions.version))
    .limit(1);
  return row ?? null;
}

/** The documents attached to one thing, each with its latest version. */
export async function listDocuments(db: Queryable, target: { kind: string; id: string; publishedOnly?: boolean }) {
  const rows = await db
    .select({ document: documents, version: documentVersions })
    .from(documents)
    .innerJoin(documentVersions, and(eq(documentVersions.documentId, documents.id), eq(documentVersions.version, documents.latestVersion)))
    .where(and(eq(documents.attachedKind, target.kind), eq(documents.attachedId, target.id), target.publishedOnly ? eq(documents.published, true) : undefined))
    .orderBy(asc(documents.title));
  return rows.map((r) => ({ ...r.document, latest: r.version }));
}

/**
 * Deletes a document with every version of it. Returns the files no remaining version uses:
 * remove them with removeUnusedFiles once the transaction has committed, so a deletion
 * that rolls back never loses a file. The caller has checked the person may edit it.
 */
export async function deleteDocument(db: Queryable, actor: Actor, documentId: string) {
  const doc = await getDocument(db, documentId);
  if (!doc) throw new Error('No such document');
  const versions = await listVersions(db, documentId);
  await db.delete(documents).where(eq(documents.id, documentId));
  const hashes = [...new Set(versions.map((v) => v.sha256))];
  const stillUsed = await usedHashes(db, hashes);
  const count = versions.length === 1 ? '1 version' : `${versions.length} versions`;
  await recordAudit(db, actor, {
    action: 'delete',
    entity: 'document',
    entityId: documentId,
    summary: `Deleted document ${doc.title} (${count}) from ${doc.attachedKind} ${doc.attachedId}`,
    before: {
      title: doc.title,
      description: doc.description,
      published: doc.published,
      attachedKind: doc.attachedKind,
      attachedId: doc.attachedId,
      versions: versions.map((v) => ({ version: v.version, fileName: v.fileName, sha256: v.sha256, size: v.size, uploadedBy: v.uploadedByLabel, uploadedAt: v.uploadedAt })),
    },
  });
  return { document: doc, versions, unusedFiles: hashes.filter((h) => !stillUsed.has(h)) };
}

async function usedHashes(db: Queryable, hashes: string[]): Promise<Set<string>> {
  if (hashes.length === 0) return new Set();
  const rows = await db.selectDistinct({ sha256: documentVersions.sha256 }).from(documentVersions).where(inArray(documentVersions.sha256, hashes));
  return new Set(rows.map((r) => r.sha256));
}

/**
 * Removes files a committed deletion left unused. Files are shared by content, so each is
 * checked again: one that a version uses by now, or that was stored again since `since`
 * (an upload of the same bytes still in its transaction), stays. Returns how many went.
 */
export async function removeUnusedFiles(db: Queryable, uploadDir: string, hashes: string[], since: Date): Promise<number> {
  const used = await usedHashes(db, hashes);
  let removed = 0;
  for (const sha256 of hashes) if (!used.has(sha256) && (await removeBlob(uploadDir, sha256, since))) removed++;
  return removed;
}
