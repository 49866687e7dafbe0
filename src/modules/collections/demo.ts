import { systemActor } from '../../platform/audit/service.ts';
import type { Queryable } from '../../platform/db/types.ts';
import type { DemoContext } from '../../demo/load.ts';
import * as network from '../network/service.ts';
import { budgetSurveyForm, question, volunteerForm } from './fixtures.ts';
import { frameworkDocument, frameworkVersions, formFromFramework } from './framework-link.ts';
import * as service from './service.ts';

const actor = systemActor('demo loader');
const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);

/** A dataset return open to the pilots and a budget survey to every board, returns in every state. */
export async function loadCollectionsDemo(tx: Queryable, _ctx: DemoContext): Promise<void> {
  const board = async (code: string) => (await network.findBoard(tx, code))!.id;
  const [camden, hackney, waltham, croydon] = await Promise.all(
    ['camden', 'city-and-hackney', 'waltham-forest', 'croydon'].map(board),
  );
  for (const id of [camden!, hackney!, waltham!, croydon!])
    await service.setPilotStatus(tx, actor, { boardId: id, status: 'volunteered' });
  for (const id of [camden!, hackney!, waltham!])
    await service.setPilotStatus(tx, actor, { boardId: id, status: 'confirmed' });

  // The dataset return, generated from the framework's indicators.
  const versions = await frameworkVersions(tx);
  const framework = (await frameworkDocument(tx, versions[0]!.number))!;
  const returnForm = await service.createForm(
    tx,
    actor,
    { name: 'Dataset return 2024-25', description: 'Generated from the framework’s indicators' },
    formFromFramework(framework.document),
    { source: framework.label, demo: true },
  );
  const dataset = await service.createCollection(
    tx,
    actor,
    {
      name: 'Dataset return 2024-25 (pilot)',
      kind: 'return',
      period: '2024-25',
      formId: returnForm.id,
      audience: 'pilots',
      opensOn: day(-14),
      closesOn: day(21),
      reminderFirstAfterDays: 7,
      reminderEveryDays: 7,
      reminderMax: 3,
    },
    { demo: true },
  );
  const codes = new Set(service.allQuestionCodes(returnForm.definition));
  if (codes.has('cp_plans_open_2_years_or_more') && codes.has('cp_plans_at_31_march')) {
    await service.addRule(tx, actor, dataset.id, {
      left: '{cp_plans_open_2_years_or_more}',
      operator: '<=',
      right: '{cp_plans_at_31_march}',
      importance: 'high',
      message: 'Plans open two years or more cannot outnumber all plans at 31 March',
    });
  }
  await service.openCollection(tx, actor, dataset.id, new Date(Date.now() - 14 * 86_400_000));
  const numbers = (values: Record<string, number>) =>
    Object.fromEntries(
      Object.entries(values)
        .filter(([k]) => codes.has(k))
        .map(([k, v]) => [k, String(v)]),
    );
  const fill = async (collectionId: string, boardId: string, answers: Record<string, unknown>) => {
    const row = (await service.getReturn(tx, collectionId, boardId))!;
    return service.saveAnswers(tx, actor, { collectionId, boardId, revision: row.revision, answers });
  };
  const submit = async (collectionId: string, boardId: string) => {
    const row = (await service.getReturn(tx, collectionId, boardId))!;
    await service.submitReturn(tx, actor, { collectionId, boardId, revision: row.revision });
  };
  await fill(
    dataset.id,
    camden!,
    numbers({ cp_plans_at_31_march: 182, cp_plans_open_2_years_or_more: 7, cp_reviews_on_time: 171 }),
  );
  await submit(dataset.id, camden!);
  await service.reviewReturn(tx, actor, { collectionId: dataset.id, boardId: camden!, decision: 'accept' });
  await fill(
    dataset.id,
    hackney!,
    numbers({ cp_plans_at_31_march: 240, cp_plans_open_2_years_or_more: 12, cp_reviews_on_time: 228 }),
  );
  await submit(dataset.id, hackney!);
  await fill(dataset.id, waltham!, numbers({ cp_plans_at_31_march: 95, cp_plans_open_2_years_or_more: 140 }));

  // The budget survey, to every board, with the checks on.
  const budgetForm = await service.createForm(
    tx,
    actor,
    { name: 'Budget and partner contributions' },
    budgetSurveyForm(),
    { demo: true },
  );
  const budget = await service.createCollection(
    tx,
    actor,
    {
      name: 'Budget survey 2024-25',
      kind: 'survey',
      period: '2024-25',
      formId: budgetForm.id,
      audience: 'all',
      opensOn: day(-30),
      closesOn: day(-2),
      budgetTable: 'contributions',
      budgetTotal: 'budget_total',
      budgetThreshold: 25,
    },
    { demo: true },
  );
  await service.addRule(tx, actor, budget.id, {
    left: '{contributions.total.y2024_25}',
    operator: '==',
    right: '{budget_total}',
    importance: 'medium',
    message: 'Contributions for 2024-25 should add up to the total budget',
  });
  await service.openCollection(tx, actor, budget.id, new Date(Date.now() - 30 * 86_400_000));
  const grid = (rows: (number | null)[][]) => rows.map((r) => r.map((v) => (v === null ? '' : String(v))));
  const budgets: [string, (number | null)[][], number][] = [
    [
      'camden',
      [
        [180000, 185000],
        [30000, 30000],
        [30000, 30000],
        [5000, 5000],
        [2000, 2000],
      ],
      252000,
    ],
    [
      'city-and-hackney',
      [
        [200000, 210000],
        [30000, 45000],
        [35000, 35000],
        [5000, null],
        [0, 0],
      ],
      290000,
    ],
    [
      'waltham-forest',
      [
        [150000, 150000],
        [25000, 25000],
        [25000, 25000],
        [4000, 4000],
        [null, null],
      ],
      204000,
    ],
    [
      'croydon',
      [
        [210000, 160000],
        [35000, 35000],
        [30000, 30000],
        [6000, 6000],
        [1000, 1000],
      ],
      232000,
    ],
    [
      'barnet',
      [
        [170000, 172000],
        [30000, 30000],
        [28000, 28000],
        [5000, 5000],
        [null, null],
      ],
      235000,
    ],
  ];
  for (const [code, cells, total] of budgets) {
    const id = await board(code);
    await fill(budget.id, id, { contributions: grid(cells), budget_total: String(total) });
    if (code !== 'barnet') await submit(budget.id, id);
  }
  await service.reviewReturn(tx, actor, { collectionId: budget.id, boardId: camden!, decision: 'accept' });
  await service.reviewReturn(tx, actor, {
    collectionId: budget.id,
    boardId: croydon!,
    decision: 'return',
    comment:
      'The local authority contribution fell by a quarter: please confirm the 2024-25 figure, or tell us why.',
  });

  // A call for volunteers and a consultation, to show places filled and the collated document.
  const callForm = await service.createForm(
    tx,
    actor,
    { name: 'Volunteers for the national panel' },
    volunteerForm(['Representative', 'Deputy']),
    { demo: true },
  );
  const call = await service.createCollection(
    tx,
    actor,
    {
      name: 'National panel: two representatives and two deputies',
      kind: 'volunteer-call',
      period: '2025',
      formId: callForm.id,
      audience: 'all',
      opensOn: day(-7),
      closesOn: day(14),
      places: '2 Representative\n2 Deputy',
    },
    { demo: true },
  );
  await service.openCollection(tx, actor, call.id, new Date(Date.now() - 7 * 86_400_000));
  for (const [code, name, role] of [
    ['camden', 'Hannah Clarke', 'Representative'],
    ['croydon', 'Sofia Marques', 'Deputy'],
    ['waltham-forest', 'Ruth Adeyemi', 'Representative'],
  ] as const) {
    const id = await board(code);
    await fill(call.id, id, { volunteer_name: name, volunteer_role: role });
    await submit(call.id, id);
  }
  const consultationForm = await service.createForm(
    tx,
    actor,
    { name: 'Consultation key points' },
    {
      sections: [
        {
          title: 'Draft statutory guidance',
          help: null,
          questions: [
            question('key_points', 'long-text', 'Your board’s key points on the draft guidance', {
              required: true,
            }),
            question('support', 'single-choice', 'Overall, do you support the proposals?', {
              options: ['Yes', 'In part', 'No'],
            }),
          ],
        },
      ],
    },
    { demo: true },
  );
  const consultation = await service.createCollection(
    tx,
    actor,
    {
      name: 'National consultation on safeguarding partnerships',
      kind: 'consultation',
      period: '2025',
      formId: consultationForm.id,
      audience: 'all',
      opensOn: day(-10),
      closesOn: day(4),
    },
    { demo: true },
  );
  await service.openCollection(tx, actor, consultation.id, new Date(Date.now() - 10 * 86_400_000));
  for (const [code, points, support] of [
    [
      'camden',
      'Independent scrutiny should be funded, not only required.\nThresholds for multi-agency referral differ across London.',
      'In part',
    ],
    [
      'city-and-hackney',
      'Education should be a fourth statutory partner.\nData sharing with health remains the main barrier.',
      'Yes',
    ],
  ] as const) {
    const id = await board(code);
    await fill(consultation.id, id, { key_points: points, support });
    await submit(consultation.id, id);
  }
}
