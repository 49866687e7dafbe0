import type { Answers, FormDefinition } from './form-model.ts';
import { allQuestions } from './form-model.ts';

export interface Volunteer {
  boardName: string;
  name: string;
  submittedAt: Date;
}

export interface PlaceFill {
  role: string;
  count: number;
  filled: Volunteer[];
  /** Offered after the places were full, in order: they step in if someone drops out. */
  waiting: Volunteer[];
}

/**
 * Fills a call's places first come, first served: each reply names a person and the place
 * they volunteer for (the form's first choice question whose choices are the places, and
 * its first short-text question).
 */
export function fillPlaces(
  places: { role: string; count: number }[],
  form: FormDefinition,
  replies: { boardName: string; answers: Answers; submittedAt: Date }[],
): PlaceFill[] {
  const questions = allQuestions(form);
  const roleQuestion = questions.find(
    (q) => q.kind === 'single-choice' && places.every((p) => q.options.includes(p.role)),
  );
  const nameQuestion = questions.find((q) => q.kind === 'text');
  const fills = places.map((p) => ({ ...p, filled: [] as Volunteer[], waiting: [] as Volunteer[] }));
  if (!roleQuestion) return fills;
  for (const reply of [...replies].sort((a, b) => a.submittedAt.getTime() - b.submittedAt.getTime())) {
    const fill = fills.find((f) => f.role === reply.answers[roleQuestion.code]);
    if (!fill) continue;
    const name = nameQuestion ? String(reply.answers[nameQuestion.code] ?? '') : '';
    const volunteer = {
      boardName: reply.boardName,
      name: name || 'Not named',
      submittedAt: reply.submittedAt,
    };
    (fill.filled.length < fill.count ? fill.filled : fill.waiting).push(volunteer);
  }
  return fills;
}
