import type { Queryable } from '../../platform/db/types.ts';
import { systemActor } from '../../platform/audit/service.ts';
import * as network from '../network/service.ts';
import * as learning from './service.ts';

const actor = systemActor('demo loader');

// Fictional reviews: children are named by letter only, as published reviews do, and none is real.
const reviews = [
  {
    board: 'camden',
    kind: 'practice-review' as const,
    title: 'Child M: a local child safeguarding practice review',
    publishedOn: '2024-06-18',
    summary:
      'A seven-month-old baby was seriously injured at home. The family was known to health visiting, the GP and, through two police call-outs, to children’s social care.',
    themes: ['Domestic abuse', 'Information sharing', 'Parental mental health'],
    findings: [
      'Police notifications of two domestic incidents did not reach the health visitor, who continued to see the mother alone and record no concerns.',
      'The father was not asked about his own history or his role in caring for the baby: professionals saw him as peripheral.',
      'The mother’s postnatal depression was treated by her GP without anyone considering what it meant for the baby’s care.',
    ],
    recommendations: [
      {
        text: 'Include fathers and male carers in every assessment of a baby’s care, recording their history and role.',
        agency: 'Partnership',
        owner: 'Head of Children’s Social Care',
        dueOn: '2025-03-31',
        status: 'embedded' as const,
      },
      {
        text: 'Share police domestic abuse notifications with health visiting within one working day.',
        agency: 'Metropolitan Police and NHS community services',
        owner: 'Detective Superintendent, Central North',
        dueOn: '2024-12-31',
        status: 'completed' as const,
      },
    ],
  },
  {
    board: 'city-and-hackney',
    kind: 'serious-case-review' as const,
    title: 'Child J: a serious case review',
    publishedOn: '2019-11-05',
    summary:
      'A fifteen-year-old boy was drawn into county lines drug dealing after exclusion from school, and was stabbed while missing from home.',
    themes: ['Criminal exploitation', 'Substance misuse', 'Voice of the child'],
    findings: [
      'Permanent exclusion removed the one protective adult relationship Child J had, and no agency took its place.',
      'Each missing episode was treated as a separate event; nobody saw the pattern of exploitation across seventeen episodes.',
      'Child J told his youth worker he owed money to older boys; this was not shared with police or social care.',
    ],
    recommendations: [
      {
        text: 'Hold a multi-agency meeting before any permanent exclusion of a child known to children’s social care.',
        agency: 'Education',
        owner: 'Director of Education',
        dueOn: '2020-09-01',
        status: 'embedded' as const,
      },
      {
        text: 'Deliver contextual safeguarding training to youth services and school staff.',
        agency: 'Partnership',
        owner: 'Partnership training lead',
        dueOn: '2020-06-30',
        status: 'completed' as const,
      },
    ],
  },
  {
    board: 'waltham-forest',
    kind: 'rapid-review' as const,
    title: 'Rapid review: sudden unexpected death of an infant (Baby L)',
    publishedOn: '2023-02-14',
    summary: 'A two-month-old baby died while co-sleeping with a parent who had been drinking.',
    themes: ['Safe sleeping and infant deaths', 'Substance misuse', 'Neglect'],
    findings: [
      'Safe sleeping advice was given once, at birth, and not repeated when the family’s circumstances changed.',
      'Professionals did not ask about alcohol use at home after the baby was born.',
    ],
    recommendations: [
      {
        text: 'Repeat safe sleeping advice at every contact in the first six months, and whenever circumstances change.',
        agency: 'Health',
        owner: 'Designated nurse for safeguarding',
        dueOn: '2023-09-30',
        status: 'in-progress' as const,
      },
    ],
  },
  {
    board: 'croydon',
    kind: 'practice-review' as const,
    title: 'Child R: online grooming and sexual exploitation',
    publishedOn: null,
    summary:
      'A twelve-year-old girl was groomed through a gaming platform and sexually exploited. The review is written and awaits publication.',
    themes: ['Online harm', 'Child sexual exploitation'],
    findings: [
      'School staff noticed changes in Child R’s behaviour but did not know what signs of online grooming to look for.',
    ],
    recommendations: [],
  },
];

const examples = [
  {
    board: 'camden',
    theme: 'Domestic abuse',
    title: 'Daily triage of police domestic abuse notifications',
    whatTheyDid:
      'Police, health visiting, schools and children’s social care read every domestic abuse notification together each morning and agree who follows up that day.',
    result:
      'Notifications acted on within 24 hours rose from 41% to 93% in a year; a case audit found fathers were named in 80% of follow-ups, up from 35%.',
    contact: 'Hannah Clarke',
  },
  {
    board: 'city-and-hackney',
    theme: 'Criminal exploitation',
    title: 'Reachable moments: youth workers in the emergency department',
    whatTheyDid:
      'Youth workers are based in the emergency department on Friday and Saturday nights to meet young people injured by violence.',
    result:
      'Two thirds of young people approached took up support; repeat attendances fell in the first year.',
    contact: 'Tomasz Nowak',
  },
];

const reviewers = [
  {
    name: 'Dr Elaine Porter',
    role: 'chair-and-author' as const,
    accreditedOn: '2019-04-01',
    accreditingBody: 'Association of Safeguarding Partners',
    availability: 'available' as const,
  },
  {
    name: 'Marcus Whitfield',
    role: 'author' as const,
    accreditedOn: '2021-10-15',
    accreditingBody: 'Association of Safeguarding Partners',
    availability: 'limited' as const,
  },
  {
    name: 'Joanna Reyes',
    role: 'chair' as const,
    accreditedOn: '2022-06-30',
    accreditingBody: null,
    availability: 'unavailable' as const,
  },
];

/** Fictional reviews, recommendations with evidence, good practice and a register, for the demo network. */
export async function loadLearningDemo(tx: Queryable, ctx: { people: Map<string, string> }): Promise<void> {
  await learning.ensureThemes(tx);
  const themeId = new Map((await learning.listThemes(tx)).map((t) => [t.name, t.id]));
  const boardId = new Map((await network.listBoards(tx)).map((b) => [b.code, b.id]));
  const need = <T>(map: Map<string, T>, key: string): T => {
    const value = map.get(key);
    if (value === undefined) throw new Error(`learning demo refers to unknown ${key}`);
    return value;
  };
  for (const r of reviews) {
    const { id } = await learning.createReview(tx, actor, {
      boardId: need(boardId, r.board),
      kind: r.kind,
      title: r.title,
      publishedOn: r.publishedOn,
      reportUrl: r.publishedOn
        ? `https://example.org/reviews/${encodeURIComponent(r.title.split(':')[0]!.toLowerCase().replace(/\W+/g, '-'))}.pdf`
        : null,
      summary: r.summary,
      themeIds: r.themes.map((t) => need(themeId, t)),
      findings: r.findings.join('\n\n'),
      demo: true,
    });
    for (const rec of r.recommendations) {
      const { status, ...fields } = rec;
      const { id: recommendationId } = await learning.createRecommendation(tx, actor, id, {
        ...fields,
        status: status === 'embedded' ? 'completed' : status,
      });
      if (status === 'embedded') {
        await learning.addEvidence(tx, actor, recommendationId, {
          whatChanged:
            'Case records now show the agreed practice in most cases sampled, and staff describe using it routinely.',
          method: 'audit',
          checkedOn: '2025-01-20',
          checkedBy: 'Partnership quality assurance sub-group',
        });
        await learning.updateRecommendation(tx, actor, recommendationId, { ...fields, status });
      }
    }
  }
  for (const e of examples) {
    await learning.createExample(tx, actor, {
      boardId: need(boardId, e.board),
      themeId: need(themeId, e.theme),
      title: e.title,
      whatTheyDid: e.whatTheyDid,
      result: e.result,
      contactPersonId: ctx.people.get(e.contact) ?? null,
      demo: true,
    });
  }
  for (const r of reviewers) await learning.createReviewer(tx, actor, { ...r, demo: true });
}
