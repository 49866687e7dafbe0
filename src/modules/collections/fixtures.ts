import type { FormDefinition } from './form-model.ts';
import { question } from './forms.ts';

/** Small builders shared by tests, the benchmark and the demo. */
export { question };

export const budgetPartners = ['Local authority', 'Police', 'Health (ICB)', 'Probation', 'Other'];

/** The budget survey: partner contributions by year, the board's total budget, and a comment. */
export function budgetSurveyForm(): FormDefinition {
  return {
    sections: [
      {
        title: 'Budget and partner contributions',
        help: 'Figures in pounds, for the board’s own budget (not partners’ safeguarding spending).',
        questions: [
          question('contributions', 'table', 'Contributions by partner agency', {
            help: 'Cash contributions to the board’s budget. Leave a cell blank if the partner gave nothing.',
            rows: budgetPartners,
            columns: ['2023-24', '2024-25'],
            min: 0,
            unit: '£',
          }),
          question('budget_total', 'number', 'Total board budget for 2024-25', {
            unit: '£',
            min: 0,
            required: true,
          }),
          question('budget_comment', 'long-text', 'Anything the network should know about these figures'),
        ],
      },
    ],
  };
}

export function volunteerForm(roles: string[]): FormDefinition {
  return {
    sections: [
      {
        title: 'Your volunteer',
        help: null,
        questions: [
          question('volunteer_name', 'text', 'Name of the person volunteering', { required: true }),
          question('volunteer_role', 'single-choice', 'Place they volunteer for', {
            options: roles,
            required: true,
          }),
          question('volunteer_email', 'text', 'Their email address'),
        ],
      },
    ],
  };
}

/** A form of `n` number questions in sections of 25, for the benchmark. */
export function largeForm(n: number): FormDefinition {
  const sections: FormDefinition['sections'] = [];
  for (let i = 0; i < n; i++) {
    if (i % 25 === 0) sections.push({ title: `Section ${sections.length + 1}`, help: null, questions: [] });
    sections
      .at(-1)!
      .questions.push(question(`q${i + 1}`, 'number', `Question ${i + 1}`, { min: 0, max: 1_000_000 }));
  }
  return { sections };
}
