import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { createTestApp, signedInAs, type TestApp } from '../support/app.ts';
import { loadDemo } from '../../src/demo/load.ts';
import { systemActor } from '../../src/platform/audit/service.ts';
import { createUser } from '../../src/platform/auth/users.ts';
import { queryRows } from '../../src/platform/db/count.ts';
import { genuineDocx } from '../../src/platform/files/document-fixtures.ts';
import { findBoard } from '../../src/modules/network/service.ts';
import * as collections from '../../src/modules/collections/service.ts';
import { budgetSurveyForm } from '../../src/modules/collections/fixtures.ts';
import { createProject } from '../../src/modules/risks/projects.ts';
import { createRisk } from '../../src/modules/risks/register.ts';
import { addMilestone, addPhase } from '../../src/modules/risks/plan.ts';
import { addDocument } from '../../src/modules/documents/service.ts';
import * as learning from '../../src/modules/learning/service.ts';
import { importEesFile } from '../../src/modules/statistics/store/import-ees.ts';
import { dfePath } from '../../src/modules/statistics/test-support.ts';

const actor = systemActor('security fixture');
export const boardACode = 'camden';
export const boardBCode = 'barnet';

/** Text that only board B, the central team and admins may ever see: any response carrying it to someone else is a leak. */
export const secretOfB = {
  returnAnswer: 'B-SECRET-RETURN-7f3a',
  document: 'B-SECRET-DOCUMENT-91c2',
  project: 'B-SECRET-PROJECT-4d8e',
  risk: 'B-SECRET-RISK-0b6f',
  review: 'B-SECRET-REVIEW-5e17',
  recommendation: 'B-SECRET-RECOMMENDATION-a2d4',
  userName: 'B-SECRET-USER-c3a9',
};

export type Role = 'signed-out' | 'viewer' | 'member-A' | 'manager-A' | 'coordinator' | 'admin';
export const roles: readonly Role[] = [
  'signed-out',
  'viewer',
  'member-A',
  'manager-A',
  'coordinator',
  'admin',
];
export type Session = Awaited<ReturnType<typeof signedInAs>>;

export interface SecurityFixture {
  t: TestApp;
  uploadDir: string;
  boardA: { id: string; code: string };
  boardB: { id: string; code: string };
  collectionId: string;
  formId: string;
  project: { A: { id: string; slug: string }; B: { id: string; slug: string } };
  document: { A: string; B: string };
  /** Documents that deleting routes may really delete, leaving `document` for every other probe. */
  disposableDocument: { A: string; B: string };
  review: { A: string; B: string };
  recommendation: { A: string; B: string };
  example: { A: string; B: string };
  risk: { A: number; B: number };
  phase: { A: string; B: string };
  milestone: { A: string; B: string };
  userB: string;
  sessions: Record<Exclude<Role, 'signed-out'>, Session>;
  close: () => Promise<void>;
}

/** The demo network, plus unpublished material owned by board A and by board B, and one session per role. */
export async function buildSecurityFixture(): Promise<SecurityFixture> {
  const uploadDir = fs.mkdtempSync(path.join(os.tmpdir(), 'hub-security-'));
  const t = await createTestApp({ HUB_UPLOAD_DIR: uploadDir });
  const db = t.database.db;
  await loadDemo(db);
  await importEesFile(db, actor, dfePath('c1_children_in_need_referrals_and_rereferrals_2013_to_2025.csv'));
  const a = (await findBoard(db, boardACode))!;
  const b = (await findBoard(db, boardBCode))!;

  const form = await collections.createForm(db, actor, { name: 'Budget survey form' }, budgetSurveyForm());
  const collection = await collections.createCollection(db, actor, {
    name: 'Budget survey',
    kind: 'survey',
    period: '2024-25',
    formId: form.id,
    audience: 'all',
    opensOn: '2025-01-01',
    closesOn: '2099-12-31',
  });
  await collections.openCollection(db, actor, collection.id);
  await collections.saveAnswers(db, actor, {
    collectionId: collection.id,
    boardId: b.id,
    revision: 0,
    answers: { budget_total: '1234', budget_comment: secretOfB.returnAnswer },
  });
  await collections.saveAnswers(db, actor, {
    collectionId: collection.id,
    boardId: a.id,
    revision: 0,
    answers: { budget_total: '999', budget_comment: 'Board A’s own draft' },
  });

  const projectA = await createProject(db, actor, {
    name: 'Board A improvement plan',
    boardId: a.id,
    status: 'active',
  });
  const projectB = await createProject(db, actor, {
    name: secretOfB.project,
    boardId: b.id,
    status: 'active',
  });
  const risk = async (projectId: string, title: string) =>
    (
      await createRisk(db, actor, projectId, {
        title,
        event: 'Data shared late',
        category: 'delivery',
        inherentLikelihood: 4,
        inherentImpact: 4,
        status: 'open',
        nextReviewDate: '2020-01-01',
      })
    ).number;
  const phase = async (projectId: string) =>
    (await addPhase(db, actor, projectId, { name: 'Discovery', status: 'in-progress' })).id;
  const milestone = async (projectId: string) =>
    (await addMilestone(db, actor, projectId, { name: 'First report', status: 'not-started' })).id;
  const docx = await genuineDocx();
  const docA = await addDocument(
    db,
    actor,
    uploadDir,
    { kind: 'project', id: projectA.id },
    { title: 'Board A working paper', published: false },
    { fileName: 'a.docx', buffer: docx },
  );
  const docB = await addDocument(
    db,
    actor,
    uploadDir,
    { kind: 'project', id: projectB.id },
    { title: secretOfB.document, published: false },
    { fileName: 'b.docx', buffer: docx },
  );
  const disposable = async (projectId: string, title: string) =>
    (
      await addDocument(
        db,
        actor,
        uploadDir,
        { kind: 'project', id: projectId },
        { title, published: false },
        { fileName: 'old.docx', buffer: docx },
      )
    ).document.id;

  const themes = await learning.listThemes(db);
  const review = async (boardId: string, title: string) =>
    (
      await learning.createReview(db, actor, {
        boardId,
        kind: 'practice-review',
        title,
        summary: 'Not yet published',
        themeIds: [themes[0]!.id],
      })
    ).id;
  const recommendation = async (reviewId: string, text: string) =>
    (
      await learning.createRecommendation(db, actor, reviewId, {
        text,
        agency: 'Police',
        owner: 'Chief Inspector',
      })
    ).id;
  const example = async (boardId: string) =>
    (
      await learning.createExample(db, actor, {
        boardId,
        themeId: themes[0]!.id,
        title: 'Joint visits',
        whatTheyDid: 'Visited together',
        result: 'Fewer missed signs',
      })
    ).id;
  const reviewA = await review(a.id, 'Board A’s review in draft');
  const reviewB = await review(b.id, secretOfB.review);
  const userB = await createUser(db, actor, {
    email: 'manager-b@example.org',
    name: secretOfB.userName,
    role: 'board-manager',
    boardId: b.id,
    password: 'correct horse battery staple',
  });

  const sessions = {
    viewer: await signedInAs(t, 'viewer'),
    'member-A': await signedInAs(t, 'board-member', boardACode),
    'manager-A': await signedInAs(t, 'board-manager', boardACode),
    coordinator: await signedInAs(t, 'network-coordinator'),
    admin: await signedInAs(t, 'network-admin'),
  };
  return {
    t,
    uploadDir,
    boardA: { id: a.id, code: a.code },
    boardB: { id: b.id, code: b.code },
    collectionId: collection.id,
    formId: form.id,
    project: { A: { id: projectA.id, slug: projectA.slug }, B: { id: projectB.id, slug: projectB.slug } },
    document: { A: docA.document.id, B: docB.document.id },
    disposableDocument: {
      A: await disposable(projectA.id, 'Board A superseded paper'),
      B: await disposable(projectB.id, 'Board B superseded paper'),
    },
    review: { A: reviewA, B: reviewB },
    recommendation: {
      A: await recommendation(reviewA, 'Board A’s own recommendation'),
      B: await recommendation(reviewB, secretOfB.recommendation),
    },
    example: { A: await example(a.id), B: await example(b.id) },
    risk: { A: await risk(projectA.id, 'Board A’s risk'), B: await risk(projectB.id, secretOfB.risk) },
    phase: { A: await phase(projectA.id), B: await phase(projectB.id) },
    milestone: { A: await milestone(projectA.id), B: await milestone(projectB.id) },
    userB: userB.id,
    sessions,
    close: async () => {
      await t.close();
      fs.rmSync(uploadDir, { recursive: true, force: true });
    },
  };
}

/** The first value of a column, for filling route parameters with things that exist. */
export async function firstValue(t: TestApp, query: ReturnType<typeof sql>): Promise<string> {
  const rows = await queryRows<{ v: unknown }>(t.database.db, query);
  return rows[0] ? String(rows[0].v) : '00000000-0000-4000-8000-000000000000';
}
