import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { createTestDatabase } from '../../../tests/support/db.ts';
import type { Database } from '../../platform/db/open.ts';
import type { Db } from '../../platform/db/types.ts';
import { systemActor } from '../../platform/audit/service.ts';
import { createUser } from '../../platform/auth/users.ts';
import { outbox } from '../../platform/mail/schema.ts';
import * as network from '../network/service.ts';
import * as collections from './service.ts';
import * as statistics from '../statistics/service.ts';
import { budgetSurveyForm, question } from './fixtures.ts';

let database: Database;
let db: Db;
const actor = systemActor('test');
let camden: string;
let hackney: string;
let formId: string;

beforeAll(async () => {
  database = await createTestDatabase();
  db = database.db;
  await network.ensureReferenceData(db);
  camden = (await network.findBoard(db, 'camden'))!.id;
  hackney = (await network.findBoard(db, 'city-and-hackney'))!.id;
  await createUser(db, actor, {
    email: 'camden-manager@example.org',
    name: 'Cam Manager',
    role: 'board-manager',
    boardId: camden,
    password: 'a long enough password',
  });
  const form = await collections.createForm(
    db,
    actor,
    { name: 'Return form' },
    {
      sections: [
        {
          title: 'Child protection',
          help: null,
          questions: [
            question('cp_plans', 'number', 'Children on a plan at 31 March', {
              min: 0,
              integer: true,
              required: true,
            }),
            question('cp_plans_2y', 'number', 'Of which open 2 years or more', { min: 0, integer: true }),
            question('narrative', 'long-text', 'What changed this year'),
          ],
        },
      ],
    },
  );
  formId = form.id;
});
afterAll(async () => database?.close());

async function openReturnCollection(extra: Partial<collections.CollectionInput> = {}) {
  const c = await collections.createCollection(db, actor, {
    name: `Dataset return ${Math.random()}`,
    kind: 'return',
    period: '2024-25',
    formId,
    audience: 'all',
    opensOn: '2025-04-01',
    closesOn: '2025-05-31',
    ...extra,
  });
  await collections.addRule(db, actor, c.id, {
    left: '{cp_plans_2y}',
    operator: '<=',
    right: '{cp_plans}',
    importance: 'high',
    message: 'Plans open 2 years or more cannot exceed all plans',
  });
  await collections.openCollection(db, actor, c.id, new Date('2025-04-01T09:00:00Z'));
  return collections.requireCollection(db, c.id);
}

describe('returns', () => {
  it('opening a collection invites every board with a not-started return', async () => {
    const c = await openReturnCollection();
    const figures = await collections.completeness(db, c.id);
    expect(figures.invited).toBe((await network.listBoards(db)).length);
    expect(figures.started).toBe(0);
  });

  it('saves as you go, reports broken rules beside the questions they name, and submits', async () => {
    const c = await openReturnCollection();
    const saved = await collections.saveAnswers(db, actor, {
      collectionId: c.id,
      boardId: camden,
      revision: 0,
      answers: { cp_plans: '120', cp_plans_2y: '130' },
    });
    expect(saved.revision).toBe(1);
    const broken = saved.results.filter((r) => r.passed === false);
    expect(broken.map((r) => r.rule.message)).toEqual(['Plans open 2 years or more cannot exceed all plans']);
    expect(broken[0]!.questions.sort()).toEqual(['cp_plans', 'cp_plans_2y']);
    const fixed = await collections.saveAnswers(db, actor, {
      collectionId: c.id,
      boardId: camden,
      revision: 1,
      answers: { cp_plans_2y: '12' },
    });
    expect(fixed.results.every((r) => r.passed !== false)).toBe(true);
    await collections.submitReturn(db, actor, { collectionId: c.id, boardId: camden, revision: 2 });
    const figures = await collections.completeness(db, c.id);
    expect(figures).toMatchObject({ started: 1, submitted: 1, onTime: 0, accepted: 0 });
  });

  it('refuses text in a number field and an out-of-bounds value, saving nothing', async () => {
    const c = await openReturnCollection();
    const attempt = collections.saveAnswers(db, actor, {
      collectionId: c.id,
      boardId: camden,
      revision: 0,
      answers: { cp_plans: 'about ten', cp_plans_2y: '-4', narrative: 'kept?' },
    });
    await expect(attempt).rejects.toBeInstanceOf(collections.AnswerErrors);
    const error = (await attempt.catch((e) => e)) as collections.AnswerErrors;
    expect(error.problems.map((p) => p.message)).toEqual([
      '‘Children on a plan at 31 March’ must be a number',
      '‘Of which open 2 years or more’ must be 0 or more',
    ]);
    const row = await collections.getReturn(db, c.id, camden);
    expect(row!.answers).toEqual({});
    expect(row!.revision).toBe(0);
  });

  it('never silently overwrites: a save from an older revision is refused with both versions', async () => {
    const c = await openReturnCollection();
    await collections.saveAnswers(db, systemActor('Alice'), {
      collectionId: c.id,
      boardId: camden,
      revision: 0,
      answers: { cp_plans: '100' },
    });
    const second = collections.saveAnswers(db, systemActor('Bob'), {
      collectionId: c.id,
      boardId: camden,
      revision: 0,
      answers: { cp_plans: '90' },
    });
    const conflict = (await second.catch((e) => e)) as collections.ReturnConflict;
    expect(conflict).toBeInstanceOf(collections.ReturnConflict);
    expect(conflict.theirs.answers.cp_plans).toBe(100);
    expect(conflict.theirs.savedBy).toBe('Alice');
    expect(conflict.yours.cp_plans).toBe(90);
    expect((await collections.getReturn(db, c.id, camden))!.answers.cp_plans).toBe(100);
  });

  it('blocks submitting with broken rules when complete-only-if-valid is set, and with a required answer missing', async () => {
    const c = await openReturnCollection({ completeOnlyIfValid: 'yes' as never });
    await expect(
      collections.submitReturn(db, actor, { collectionId: c.id, boardId: camden, revision: 0 }),
    ).rejects.toThrow('Answer ‘Children on a plan at 31 March’');
    await collections.saveAnswers(db, actor, {
      collectionId: c.id,
      boardId: camden,
      revision: 0,
      answers: { cp_plans: '10', cp_plans_2y: '11' },
    });
    await expect(
      collections.submitReturn(db, actor, { collectionId: c.id, boardId: camden, revision: 1 }),
    ).rejects.toThrow('Plans open 2 years or more cannot exceed all plans');
    expect((await collections.getReturn(db, c.id, camden))!.status).toBe('in-progress');
  });

  it('return with a comment emails the board, keeps every later change with who and when, and accepts the resubmission', async () => {
    const c = await openReturnCollection();
    await collections.saveAnswers(db, actor, {
      collectionId: c.id,
      boardId: camden,
      revision: 0,
      answers: { cp_plans: '80', cp_plans_2y: '5' },
    });
    await collections.submitReturn(db, actor, { collectionId: c.id, boardId: camden, revision: 1 });
    await expect(
      collections.reviewReturn(db, actor, { collectionId: c.id, boardId: camden, decision: 'return' }),
    ).rejects.toThrow('Say what the board needs to fix');
    await collections.reviewReturn(db, systemActor('Coordinator'), {
      collectionId: c.id,
      boardId: camden,
      decision: 'return',
      comment: 'Plans look low: check against your CP register',
    });
    const mail = await db.select().from(outbox).where(eq(outbox.kind, 'collection-returned'));
    expect(mail.at(-1)).toMatchObject({ to: 'camden-manager@example.org' });
    expect(mail.at(-1)!.text).toContain('check against your CP register');
    const row = (await collections.getReturn(db, c.id, camden))!;
    expect(row.status).toBe('returned');
    await collections.saveAnswers(db, systemActor('Cam Manager'), {
      collectionId: c.id,
      boardId: camden,
      revision: row.revision,
      answers: { cp_plans: '85' },
    });
    await collections.submitReturn(db, actor, {
      collectionId: c.id,
      boardId: camden,
      revision: row.revision + 1,
    });
    await collections.reviewReturn(db, actor, { collectionId: c.id, boardId: camden, decision: 'accept' });
    const after = (await collections.getReturn(db, c.id, camden))!;
    expect(after.status).toBe('accepted');
    const history = await collections.returnHistory(db, after.id);
    expect(history.changes).toEqual([
      expect.objectContaining({ questionCode: 'cp_plans', before: 80, after: 85, changedBy: 'Cam Manager' }),
    ]);
    expect(history.events.map((e) => e.kind)).toEqual(['submitted', 'returned', 'submitted', 'accepted']);
    // Accepted numbers are now statistics of the board's area, as framework indicators read them.
    const area = (await network.findBoard(db, camden))!.areas[0]!.code;
    const [figure] = await statistics.lookupValues(db, {
      dataset: 'board-returns',
      measure: 'cp_plans',
      filters: {},
      period: '2024-25',
      areaCodes: [area],
    });
    expect(figure).toMatchObject({ areaCode: area, value: 85 });
  });

  it('checks rules when written: they must parse and name this form’s numbers', async () => {
    const c = await openReturnCollection();
    await expect(
      collections.addRule(db, actor, c.id, {
        left: '{nope}',
        operator: '<',
        right: '1',
        importance: 'low',
        message: 'x',
      }),
    ).rejects.toThrow('This form has no number question {nope}');
    await expect(
      collections.addRule(db, actor, c.id, {
        left: '{cp_plans} +',
        operator: '<',
        right: '1',
        importance: 'low',
        message: 'x',
      }),
    ).rejects.toThrow(/expected/);
  });
});

describe('pilots', () => {
  it('boards volunteer, are confirmed or withdraw, and a collection goes to confirmed pilots first, then to all', async () => {
    await collections.setPilotStatus(db, actor, { boardId: camden, status: 'volunteered' });
    await collections.setPilotStatus(db, actor, { boardId: hackney, status: 'volunteered' });
    await collections.setPilotStatus(db, actor, { boardId: camden, status: 'confirmed' });
    await collections.setPilotStatus(db, actor, { boardId: hackney, status: 'withdrawn' });
    await expect(
      collections.setPilotStatus(db, actor, { boardId: hackney, status: 'confirmed' }),
    ).rejects.toThrow('withdrawn and cannot become confirmed');
    const c = await openReturnCollection({ audience: 'pilots' });
    expect((await collections.completeness(db, c.id)).invited).toBe(1);
    await collections.extendToAllBoards(db, actor, c.id);
    expect((await collections.completeness(db, c.id)).invited).toBe((await network.listBoards(db)).length);
  });
});

describe('tables', () => {
  it('rules name table cells and totals, and table answers parse per cell', async () => {
    const form = await collections.createForm(db, actor, { name: 'Budget' }, budgetSurveyForm());
    const c = await collections.createCollection(db, actor, {
      name: 'Budget survey',
      kind: 'survey',
      period: '2024-25',
      formId: form.id,
      audience: 'all',
      opensOn: '2025-01-01',
      closesOn: '2025-02-01',
    });
    await collections.addRule(db, actor, c.id, {
      left: '{contributions.total.y2024_25}',
      operator: '==',
      right: '{budget_total}',
      importance: 'medium',
      message: 'Contributions for 2024-25 should add up to the total budget',
    });
    await collections.openCollection(db, actor, c.id);
    const grid = [
      ['100', '110'],
      ['50', '50'],
      ['20', ''],
      ['', ''],
      ['', '5'],
    ];
    const saved = await collections.saveAnswers(db, actor, {
      collectionId: c.id,
      boardId: camden,
      revision: 0,
      answers: { contributions: grid, budget_total: '160' },
    });
    expect(saved.results[0]).toMatchObject({ passed: false, left: 165, right: 160 });
    const bad = await collections
      .saveAnswers(db, actor, {
        collectionId: c.id,
        boardId: camden,
        revision: 1,
        answers: { contributions: [['x']] },
      })
      .catch((e) => e);
    expect(bad.problems[0].message).toBe(
      '‘Contributions by partner agency’, Local authority – 2023-24 must be a number',
    );
  });
});
