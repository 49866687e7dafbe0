import { describe, expect, it } from 'vitest';
import mammoth from 'mammoth';
import { budgetFlags } from './budget-checks.ts';
import { collateConsultation } from './consultation-docx.ts';
import { budgetSurveyForm, question, volunteerForm } from './fixtures.ts';
import { allQuestions, type FormDefinition } from './form-model.ts';
import { questionResults, type Reply } from './results.ts';
import { fillPlaces } from './volunteers.ts';

const reply = (boardName: string, answers: Reply['answers'], day = 1): Reply => ({
  boardId: boardName,
  boardName,
  boardCode: boardName,
  status: 'accepted',
  answers,
  submittedAt: new Date(Date.UTC(2025, 0, day)),
});

describe('budget survey checks', () => {
  const table = allQuestions(budgetSurveyForm()).find((q) => q.code === 'contributions')!;
  const settings = { table: 'contributions', total: 'budget_total', changeThreshold: 0.25 };

  it('flags totals that do not add up, a partner missing and a year-on-year change over the threshold', () => {
    const flags = budgetFlags(settings, table, {
      contributions: [
        [100000, 100000],
        [40000, 60000],
        [20000, 20000],
        [null, null],
        [5000, 5000],
      ],
      budget_total: 190000,
    });
    expect(flags.map((f) => f.message)).toEqual([
      'Police’s contribution changed by +50% from 2023-24 (£40,000) to 2024-25 (£60,000)',
      'No contribution from Probation for 2024-25',
      'Contributions for 2024-25 add up to £185,000, but the total budget given is £190,000',
    ]);
  });

  it('has nothing to say about a consistent return', () => {
    expect(
      budgetFlags(settings, table, {
        contributions: [
          [100, 110],
          [50, 50],
          [20, 20],
          [10, 10],
          [0, 0],
        ],
        budget_total: 190,
      }),
    ).toEqual([]);
  });
});

describe('survey results', () => {
  const form: FormDefinition = budgetSurveyForm();
  form.sections[0]!.questions.push(
    question('lead', 'single-choice', 'Lead partner', { options: ['Police', 'Health'] }),
  );
  const list = [
    reply('Barnet', {
      budget_total: 200,
      contributions: [
        [100, 120],
        [null, 30],
      ],
      lead: 'Police',
    }),
    reply('Camden', {
      budget_total: 3,
      contributions: [
        [1, 2],
        [3, 4],
      ],
      lead: 'Police',
    }),
  ];

  it('adds table questions up cell by cell with row and column totals', async () => {
    const [contributions] = await questionResults(form, list, { suppress: false, charts: false });
    expect(contributions!.table).toEqual({
      rows: [
        { label: 'Local authority', cells: [101, 122], total: 223 },
        { label: 'Police', cells: [3, 34], total: 37 },
        { label: 'Health (ICB)', cells: [null, null], total: 0 },
        { label: 'Probation', cells: [null, null], total: 0 },
        { label: 'Other', cells: [null, null], total: 0 },
      ],
      columnTotals: [104, 156],
      grand: 260,
    });
  });

  it('suppresses small numbers once published, and charts every number and choice with its table', async () => {
    const results = await questionResults(form, list, { suppress: true });
    const total = results.find((r) => r.question.code === 'budget_total')!;
    expect(total.byBoard!.map((b) => b.value)).toEqual([200, 'c']);
    expect(total.chart!.svg).toContain('<svg');
    const lead = results.find((r) => r.question.code === 'lead')!;
    expect(lead.counts).toEqual([
      { option: 'Police', count: 'c' },
      { option: 'Health', count: 0 },
    ]);
  });
});

describe('volunteer calls', () => {
  it('fills places first come, first served, and keeps a waiting list', () => {
    const form = volunteerForm(['Representative', 'Deputy']);
    const fills = fillPlaces(
      [
        { role: 'Representative', count: 2 },
        { role: 'Deputy', count: 2 },
      ],
      form,
      [
        reply('Camden', { volunteer_name: 'Ann', volunteer_role: 'Representative' }, 3),
        reply('Barnet', { volunteer_name: 'Bo', volunteer_role: 'Representative' }, 1),
        reply('Ealing', { volunteer_name: 'Cy', volunteer_role: 'Representative' }, 5),
        reply('Brent', { volunteer_name: 'Di', volunteer_role: 'Deputy' }, 2),
      ],
    );
    expect(fills.map((f) => [f.role, f.filled.map((v) => v.name), f.waiting.map((v) => v.name)])).toEqual([
      ['Representative', ['Bo', 'Ann'], ['Cy']],
      ['Deputy', ['Di'], []],
    ]);
  });
});

describe('consultation', () => {
  it('collates every board’s key points under each question, naming boards that said nothing', async () => {
    const form: FormDefinition = {
      sections: [
        {
          title: 'Working Together',
          help: null,
          questions: [question('key_points', 'long-text', 'Your key points on the draft guidance')],
        },
      ],
    };
    const docx = await collateConsultation('Consultation on Working Together', form, [
      {
        boardName: 'Camden',
        answers: { key_points: 'Thresholds differ between boroughs\nMore on exploitation' },
      },
      { boardName: 'Barnet', answers: {} },
    ]);
    const { value } = await mammoth.extractRawText({ buffer: docx });
    expect(value).toContain('Your key points on the draft guidance');
    expect(value.indexOf('Camden')).toBeLessThan(value.indexOf('Thresholds differ between boroughs'));
    expect(value).toContain('More on exploitation');
    expect(value).toContain('No answer from: Barnet.');
  });
});
