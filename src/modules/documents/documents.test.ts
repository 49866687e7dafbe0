import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase } from '../../../tests/support/db.ts';
import type { Database } from '../../platform/db/open.ts';
import { listAudit, systemActor } from '../../platform/audit/service.ts';
import { UploadRejected } from '../../platform/files/index.ts';
import { genuineDocx, PNG_BYTES } from '../../platform/files/document-fixtures.ts';
import { buildZip, deflatedEntry, deflatedZeros } from '../../platform/files/zip-fixtures.ts';
import * as documents from './service.ts';
import { blobPath, sha256Of, storeBlob } from './store.ts';

let database: Database;
let uploadDir: string;
const actor = systemActor('test');
const PDF = Buffer.from('%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');
const target = { kind: 'test-thing', id: 'thing-1' };

beforeAll(async () => {
  database = await createTestDatabase();
  uploadDir = fs.mkdtempSync(path.join(os.tmpdir(), 'hub-documents-'));
  documents.registerAttachmentKind({
    kind: 'test-thing',
    label: 'Test thing',
    resolve: async (_db, principal, id) => (id === 'thing-1' ? { canRead: !!principal, canEdit: principal?.roles.some((r) => r.role === 'network-admin') ?? false, title: 'Thing one', href: '/things/1' } : null),
  });
});
afterAll(async () => {
  await database.close();
  fs.rmSync(uploadDir, { recursive: true, force: true });
});

const countFiles = (dir: string): number =>
  fs.readdirSync(dir, { withFileTypes: true }).reduce((n, e) => n + (e.isDirectory() ? countFiles(path.join(dir, e.name)) : 1), 0);

describe('documents', () => {
  it('stores a document by its content’s SHA-256, keeps versions and lists the latest', async () => {
    const { document, version } = await documents.addDocument(database.db, actor, uploadDir, target, { title: 'Project initiation document' }, { fileName: 'PID v1.pdf', buffer: PDF });
    expect(version).toMatchObject({ version: 1, fileName: 'PID v1.pdf', mime: 'application/pdf', size: PDF.length, sha256: sha256Of(PDF) });
    expect(fs.readFileSync(blobPath(uploadDir, version.sha256))).toEqual(PDF);
    const docx = await genuineDocx();
    const second = await documents.addVersion(database.db, actor, uploadDir, document.id, { fileName: 'PID v2.docx', buffer: docx }, 'Agreed at the steering group');
    expect(second.version).toBe(2);
    const [listed] = await documents.listDocuments(database.db, target);
    expect(listed).toMatchObject({ title: 'Project initiation document', latestVersion: 2, latest: { fileName: 'PID v2.docx', extension: 'docx' } });
    expect((await documents.listVersions(database.db, document.id)).map((v) => v.version)).toEqual([2, 1]);
    expect((await documents.getVersion(database.db, document.id, 1))?.fileName).toBe('PID v1.pdf');
    // The same bytes again are stored once.
    const before = countFiles(uploadDir);
    await documents.addDocument(database.db, actor, uploadDir, target, { title: 'Copy' }, { fileName: 'copy.pdf', buffer: PDF });
    expect(countFiles(uploadDir)).toBe(before);
  });

  it('lists only published documents when asked', async () => {
    await documents.addDocument(database.db, actor, uploadDir, target, { title: 'Published map', published: 'yes' }, { fileName: 'map.png', buffer: PNG_BYTES });
    const published = await documents.listDocuments(database.db, { ...target, publishedOnly: true });
    expect(published.map((d) => d.title)).toEqual(['Published map']);
  });

  it('refuses bad files with a clear message and stores nothing', async () => {
    const bomb = buildZip([deflatedEntry('[Content_Types].xml', '<Types/>'), await deflatedZeros('word/document.xml', 600 * 1024 * 1024)]);
    const cases: [documents.UploadedFile, RegExp][] = [
      [{ fileName: 'minutes.pdf', buffer: await genuineDocx() }, /called \.pdf but is a Word document/],
      [{ fileName: 'notes.docx', buffer: Buffer.from('just some text\n') }, /must be PDF, DOCX/],
      [{ fileName: '../../x.pdf', buffer: PDF }, /must not contain a folder path/],
      [{ fileName: '..\\evil.pdf', buffer: PDF }, /must not contain a folder path/],
      [{ fileName: 'huge.pdf', buffer: Buffer.concat([PDF, Buffer.alloc(documents.MAX_DOCUMENT_BYTES)]) }, /smaller than 20 MB/],
      [{ fileName: 'bomb.docx', buffer: bomb }, /./],
      [{ fileName: 'empty.pdf', buffer: Buffer.alloc(0) }, /empty/],
    ];
    const filesBefore = countFiles(uploadDir);
    const docsBefore = (await documents.listDocuments(database.db, target)).length;
    for (const [file, message] of cases) {
      const attempt = database.db.transaction((tx) => documents.addDocument(tx, actor, uploadDir, target, { title: 'Bad' }, file));
      await expect(attempt).rejects.toThrow(message);
      await expect(attempt).rejects.toBeInstanceOf(UploadRejected);
    }
    expect(countFiles(uploadDir)).toBe(filesBefore);
    expect((await documents.listDocuments(database.db, target)).length).toBe(docsBefore);
  });

  it('deletes a document with its versions and audit record; files go only once the deletion committed and nothing else uses them', async () => {
    const own = Buffer.from('%PDF-1.7\n% only in the deleted document\n%%EOF\n');
    const { document } = await documents.addDocument(database.db, actor, uploadDir, target, { title: 'Old terms of reference' }, { fileName: 'tor.pdf', buffer: own });
    await documents.addVersion(database.db, actor, uploadDir, document.id, { fileName: 'tor v2.pdf', buffer: PDF });
    await new Promise((resolve) => setTimeout(resolve, 20));

    // A deletion that rolls back keeps the document and both files.
    const failing = database.db.transaction(async (tx) => {
      await documents.deleteDocument(tx, actor, document.id);
      throw new Error('rolled back');
    });
    await expect(failing).rejects.toThrow('rolled back');
    expect(await documents.getDocument(database.db, document.id)).not.toBeNull();

    const since = new Date();
    const deleted = await database.db.transaction((tx) => documents.deleteDocument(tx, actor, document.id));
    expect(deleted.versions).toHaveLength(2);
    // PDF is still a version of other documents, so only the deleted document's own file is unused.
    expect(deleted.unusedFiles).toEqual([sha256Of(own)]);
    expect(fs.existsSync(blobPath(uploadDir, sha256Of(own)))).toBe(true);
    expect(await documents.removeUnusedFiles(database.db, uploadDir, deleted.unusedFiles, since)).toBe(1);
    expect(fs.existsSync(blobPath(uploadDir, sha256Of(own)))).toBe(false);
    expect(fs.existsSync(blobPath(uploadDir, sha256Of(PDF)))).toBe(true);
    expect(await documents.getDocument(database.db, document.id)).toBeNull();
    expect(await documents.listVersions(database.db, document.id)).toEqual([]);
    const [entry] = (await listAudit(database.db, { entity: 'document', action: 'delete' }, { limit: 10, offset: 0 })).rows;
    expect(entry).toMatchObject({ entityId: document.id, summary: expect.stringContaining('Old terms of reference (2 versions)') });
    expect((entry!.before as { versions: { fileName: string }[] }).versions.map((v) => v.fileName)).toEqual(['tor v2.pdf', 'tor.pdf']);
  });

  it('keeps a file stored again while a deletion was cleaning up', async () => {
    const bytes = Buffer.from('%PDF-1.7\n% uploaded again during a deletion\n%%EOF\n');
    const { document } = await documents.addDocument(database.db, actor, uploadDir, target, { title: 'Briefing' }, { fileName: 'briefing.pdf', buffer: bytes });
    await new Promise((resolve) => setTimeout(resolve, 20));
    const since = new Date();
    const deleted = await database.db.transaction((tx) => documents.deleteDocument(tx, actor, document.id));
    // Someone uploads the same bytes; their version is not committed yet when the cleanup runs.
    await new Promise((resolve) => setTimeout(resolve, 5));
    await storeBlob(uploadDir, bytes);
    expect(await documents.removeUnusedFiles(database.db, uploadDir, deleted.unusedFiles, since)).toBe(0);
    expect(fs.existsSync(blobPath(uploadDir, sha256Of(bytes)))).toBe(true);
  });

  it('takes permissions from what a document is attached to, and allows nothing for unknown kinds', async () => {
    const admin = { userId: 'a', name: 'A', email: 'a@x', personId: null, roles: [{ role: 'network-admin' as const, boardId: null }] };
    const viewer = { ...admin, roles: [{ role: 'viewer' as const, boardId: null }] };
    expect(await documents.resolveAttachment(database.db, admin, 'test-thing', 'thing-1')).toMatchObject({ canRead: true, canEdit: true, title: 'Thing one', kindLabel: 'Test thing' });
    expect(await documents.resolveAttachment(database.db, viewer, 'test-thing', 'thing-1')).toMatchObject({ canRead: true, canEdit: false });
    expect(await documents.resolveAttachment(database.db, null, 'test-thing', 'thing-1')).toMatchObject({ canRead: false });
    expect(await documents.resolveAttachment(database.db, admin, 'test-thing', 'no-such')).toBeNull();
    expect(await documents.resolveAttachment(database.db, admin, 'meeting', 'anything')).toBeNull();
    expect(() => blobPath(uploadDir, '../../etc/passwd')).toThrow();
  });
});
