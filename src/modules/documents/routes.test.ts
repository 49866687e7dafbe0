import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, csrfFrom, signedInAs, type TestApp } from '../../../tests/support/app.ts';
import { systemActor } from '../../platform/audit/service.ts';
import { genuineDocx } from '../../platform/files/document-fixtures.ts';
import * as risks from '../risks/service.ts';
import * as documents from './service.ts';
import { blobPath, sha256Of } from './store.ts';

let t: TestApp;
let uploadDir: string;
let projectId: string;
const PDF = Buffer.from('%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');

beforeAll(async () => {
  uploadDir = fs.mkdtempSync(path.join(os.tmpdir(), 'hub-doc-routes-'));
  t = await createTestApp({ HUB_UPLOAD_DIR: uploadDir });
  projectId = (await risks.createProject(t.database.db, systemActor('test'), { name: 'Datasets project', status: 'active', publicPage: true })).id;
});
afterAll(async () => {
  await t.close();
  fs.rmSync(uploadDir, { recursive: true, force: true });
});

type Session = Awaited<ReturnType<typeof signedInAs>>;

/** Posts a multipart form as a browser would, with the CSRF token in the action's query string. */
async function upload(session: Session, url: string, fields: Record<string, string>, file?: { name: string; bytes: Buffer }) {
  const form = new FormData();
  for (const [k, v] of Object.entries(fields)) form.set(k, v);
  if (file) form.set('file', new Blob([new Uint8Array(file.bytes)]), file.name);
  const encoded = new Response(form);
  const page = await session.get(`/projects/datasets-project/plan`);
  session.jar.take(page);
  const token = csrfFrom(page.body);
  const res = await t.app.inject({
    method: 'POST',
    url: `${url}${url.includes('?') ? '&' : '?'}_csrf=${encodeURIComponent(token)}`,
    headers: { cookie: session.jar.header, 'content-type': encoded.headers.get('content-type')! },
    payload: Buffer.from(await encoded.arrayBuffer()),
  });
  session.jar.take(res);
  return res;
}

const countDocuments = async () => (await documents.listDocuments(t.database.db, { kind: 'project', id: projectId })).length;

describe('document pages', () => {
  it('uploads a paper to a project, adds a version and downloads it safely', async () => {
    const coordinator = await signedInAs(t, 'network-coordinator');
    const res = await upload(coordinator, `/documents/new?kind=project&id=${projectId}`, { title: 'Data dictionary', published: 'yes' }, { name: 'Data dictionary; v1.pdf', bytes: PDF });
    expect(res.statusCode).toBe(303);
    const docUrl = res.headers.location as string;
    const page = await coordinator.get(docUrl);
    expect(page.body).toContain('Data dictionary');
    // A document is shown under the section of what it is attached to.
    expect(page.body).toMatch(/href="\/projects" aria-current="true"/);
    const download = await coordinator.get(`${docUrl}/download`);
    expect(download.headers['content-type']).toBe('application/pdf');
    expect(download.headers['x-content-type-options']).toBe('nosniff');
    expect(download.headers['content-disposition']).toBe(`attachment; filename="Data dictionary_ v1.pdf"; filename*=UTF-8''Data%20dictionary%3B%20v1.pdf`);
    expect(download.rawPayload).toEqual(PDF);

    const v2 = await upload(coordinator, `${docUrl}/versions`, { note: 'Tidied' }, { name: 'dictionary.docx', bytes: await genuineDocx() });
    expect(v2.statusCode).toBe(303);
    const latest = await coordinator.get(`${docUrl}/download`);
    expect(latest.headers['content-type']).toContain('wordprocessingml');
    expect((await coordinator.get(`${docUrl}/download?version=1`)).rawPayload).toEqual(PDF);

    // Published and attached to a public project: on its public page, downloadable signed out.
    const publicPage = await t.app.inject({ url: '/projects/datasets-project' });
    expect(publicPage.body).toContain('Data dictionary');
    const id = docUrl.split('/').pop();
    const publicDownload = await t.app.inject({ url: `/projects/datasets-project/documents/${id}` });
    expect(publicDownload.statusCode).toBe(200);
    expect(publicDownload.headers['x-content-type-options']).toBe('nosniff');
    expect((await t.app.inject({ url: `${docUrl}/download` })).statusCode).toBe(302);
  });

  it('refuses bad files with the error summary on the file field and stores nothing', async () => {
    const coordinator = await signedInAs(t, 'network-coordinator');
    const before = await countDocuments();
    const url = `/documents/new?kind=project&id=${projectId}`;
    const cases: [Record<string, string>, { name: string; bytes: Buffer } | undefined, string][] = [
      [{ title: 'Mismatch' }, { name: 'minutes.pdf', bytes: await genuineDocx() }, 'is called .pdf but is a Word document'],
      [{ title: 'Path' }, { name: '../../x.pdf', bytes: PDF }, 'must not contain a folder path'],
      [{ title: 'Too big' }, { name: 'big.pdf', bytes: Buffer.concat([PDF, Buffer.alloc(documents.MAX_DOCUMENT_BYTES)]) }, 'smaller than 20 MB'],
      [{ title: 'Script' }, { name: 'evil.pdf', bytes: Buffer.from('<script>alert(1)</script>') }, 'The selected file must be PDF'],
      [{ title: 'No file' }, undefined, 'Select a file to upload'],
      [{ title: '' }, { name: 'fine.pdf', bytes: PDF }, 'Enter a title for the document'],
    ];
    for (const [fields, file, message] of cases) {
      const res = await upload(coordinator, url, fields, file);
      expect(res.statusCode, message).toBe(400);
      expect(res.body).toContain(message);
      expect(res.body).toContain('class="govuk-error-summary');
    }
    expect(await countDocuments()).toBe(before);
  });

  it('follows the attached thing’s permissions: viewers read, only editors upload, unknown kinds are 404', async () => {
    const viewer = await signedInAs(t, 'viewer');
    const [doc] = await documents.listDocuments(t.database.db, { kind: 'project', id: projectId });
    expect((await viewer.get(`/documents/${doc!.id}`)).statusCode).toBe(200);
    expect((await viewer.get(`/documents/new?kind=project&id=${projectId}`)).statusCode).toBe(403);
    const res = await upload(viewer, `/documents/new?kind=project&id=${projectId}`, { title: 'Sneaky' }, { name: 'x.pdf', bytes: PDF });
    expect(res.statusCode).toBe(403);
    expect((await viewer.get('/documents/new?kind=meeting&id=1')).statusCode).toBe(404);
    const api = await viewer.get(`/api/v1/documents?kind=project&id=${projectId}`);
    expect(api.json().documents[0]).toMatchObject({ title: 'Data dictionary', latestVersion: 2 });
    expect((await viewer.get(`/api/v1/documents/${doc!.id}`)).json().versions).toHaveLength(2);
  });

  it('deletes a document after a confirmation naming it and its versions; it leaves the public page, its files and its links', async () => {
    const coordinator = await signedInAs(t, 'network-coordinator');
    const viewer = await signedInAs(t, 'viewer');
    const bytes = Buffer.from('%PDF-1.7\n% the minutes to be withdrawn\n%%EOF\n');
    const res = await upload(coordinator, `/documents/new?kind=project&id=${projectId}`, { title: 'Withdrawn minutes', published: 'yes' }, { name: 'minutes.pdf', bytes });
    const docUrl = res.headers.location as string;
    const id = docUrl.split('/').pop()!;
    expect((await t.app.inject({ url: '/projects/datasets-project' })).body).toContain('Withdrawn minutes');
    const stored = blobPath(uploadDir, sha256Of(bytes));
    expect(fs.existsSync(stored)).toBe(true);

    // People who may not edit the project see no delete button and are refused.
    expect((await viewer.get(docUrl)).body).not.toContain(`${docUrl}/delete`);
    expect((await viewer.get(`${docUrl}/delete`)).statusCode).toBe(403);
    expect((await viewer.post(`${docUrl}/delete`, {}, docUrl)).statusCode).toBe(403);
    // Without the CSRF token nothing happens either.
    const forged = await t.app.inject({ method: 'POST', url: `${docUrl}/delete`, headers: { cookie: coordinator.jar.header, 'content-type': 'application/x-www-form-urlencoded' }, payload: '' });
    expect(forged.statusCode).toBe(403);
    expect(await documents.getDocument(t.database.db, id)).not.toBeNull();

    expect((await coordinator.get(docUrl)).body).toContain(`href="${docUrl}/delete"`);
    const confirm = await coordinator.get(`${docUrl}/delete`);
    expect(confirm.statusCode).toBe(200);
    expect(confirm.body).toContain('Are you sure you want to delete Withdrawn minutes?');
    expect(confirm.body).toContain('minutes.pdf');
    expect(confirm.body).toContain('stop appearing on the public page of Datasets project');

    const done = await coordinator.post(`${docUrl}/delete`, {}, `${docUrl}/delete`);
    expect(done.statusCode).toBe(303);
    expect(done.headers.location).toBe('/projects/datasets-project/plan');
    expect((await coordinator.get('/projects/datasets-project/plan')).body).toContain('Withdrawn minutes deleted');
    expect((await coordinator.get(docUrl)).statusCode).toBe(404);
    expect((await coordinator.get(`${docUrl}/download`)).statusCode).toBe(404);
    const publicPage = await t.app.inject({ url: '/projects/datasets-project' });
    expect(publicPage.body).not.toContain('Withdrawn minutes');
    expect(publicPage.body).not.toContain(id);
    expect((await t.app.inject({ url: `/projects/datasets-project/documents/${id}` })).statusCode).toBe(404);
    expect(fs.existsSync(stored)).toBe(false);
    const api = await coordinator.get(`/api/v1/documents?kind=project&id=${projectId}`);
    expect(api.json().documents.map((d: { title: string }) => d.title)).not.toContain('Withdrawn minutes');
  });
});
