import { and, eq } from 'drizzle-orm';
import { recordAudit, type Actor } from '../../platform/audit/service.ts';
import type { Queryable } from '../../platform/db/types.ts';
import { UserFacingError } from '../../platform/http/errors.ts';
import { parseAnswer } from './answers.ts';
import { requireCollection, type Collection } from './collections.ts';
import { getForm, type CollectionForm } from './forms.ts';
import { allQuestions, isAnswered, type Answer, type Answers } from './form-model.ts';
import { brokenRules, runRules, type RuleResult } from './rules.ts';
import {
  collectionAnswerChanges,
  collectionReturnEvents,
  collectionReturns,
  type ReturnStatus,
} from './schema.ts';

export type BoardReturn = typeof collectionReturns.$inferSelect;

export const returnStatusLabels: Record<ReturnStatus, string> = {
  'not-started': 'Not started',
  'in-progress': 'In progress',
  submitted: 'Submitted',
  returned: 'Returned for changes',
  accepted: 'Accepted',
};

/** What boards can still change: before submitting, and after a coordinator sends it back. */
export const editableStatuses: readonly ReturnStatus[] = ['not-started', 'in-progress', 'returned'];

export interface AnswerProblem {
  code: string;
  message: string;
  /** Where in an uploaded file, e.g. "Return!D12". */
  cell?: string;
}

/** Answers that could not be taken: one message per question (or cell); nothing was saved. */
export class AnswerErrors extends UserFacingError {
  constructor(readonly problems: AnswerProblem[]) {
    super(
      400,
      problems.length === 1 ? problems[0]!.message : `${problems.length} answers need correcting`,
      problems,
    );
  }
}

/** Someone else saved since this page (or template) was loaded: both versions, for the person to choose. */
export class ReturnConflict extends UserFacingError {
  constructor(
    readonly theirs: { answers: Answers; revision: number; savedBy: string | null; savedAt: Date | null },
    readonly yours: Answers,
    readonly differing: string[],
  ) {
    super(
      409,
      `${theirs.savedBy ?? 'Someone'} saved this return while you were editing it. Nothing of yours was saved: compare the answers and save again.`,
    );
  }
}

export async function getReturn(
  db: Queryable,
  collectionId: string,
  boardId: string,
): Promise<BoardReturn | null> {
  const [row] = await db
    .select()
    .from(collectionReturns)
    .where(and(eq(collectionReturns.collectionId, collectionId), eq(collectionReturns.boardId, boardId)));
  return row ?? null;
}

export async function loadContext(db: Queryable, collectionId: string, boardId: string) {
  const collection = await requireCollection(db, collectionId);
  const form = (await getForm(db, collection.formId))!;
  const row = await getReturn(db, collectionId, boardId);
  if (!row) throw new UserFacingError(404, 'This board is not invited to this collection');
  return { collection, form, row };
}

function assertEditable(collection: Collection, row: BoardReturn) {
  if (!editableStatuses.includes(row.status))
    throw new UserFacingError(
      409,
      `This return is ${returnStatusLabels[row.status].toLowerCase()} and cannot be changed`,
    );
  if (collection.status !== 'open' && row.status !== 'returned')
    throw new UserFacingError(409, 'This collection is not open for returns');
}

/** Parses every answer given; all or nothing. */
export function parseAnswers(
  form: CollectionForm,
  raw: Record<string, unknown>,
  where: (code: string) => string | undefined = () => undefined,
) {
  const parsed: Record<string, Answer | undefined> = {};
  const problems: AnswerProblem[] = [];
  for (const q of allQuestions(form.definition)) {
    if (!(q.code in raw)) continue;
    const result = parseAnswer(q, raw[q.code]);
    if (result.ok) parsed[q.code] = result.value;
    else problems.push({ code: q.code, message: result.message, cell: where(q.code) });
  }
  return { parsed, problems };
}

const same = (a: Answer | undefined, b: Answer | undefined) =>
  JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

export interface SaveInput {
  collectionId: string;
  boardId: string;
  /** The revision the person started from: a save based on an older one is refused. */
  revision: number;
  /** Raw answers by question code; questions left out keep their answers. */
  answers: Record<string, unknown>;
  cellOf?: (code: string) => string | undefined;
  via?: 'web' | 'upload';
}

/** Saves answers (as you go, or from an upload) and checks the rules; returns the rule results. */
export async function saveAnswers(
  db: Queryable,
  actor: Actor,
  input: SaveInput,
): Promise<{ revision: number; results: RuleResult[]; changed: string[] }> {
  const { collection, form, row } = await loadContext(db, input.collectionId, input.boardId);
  assertEditable(collection, row);
  const { parsed, problems } = parseAnswers(form, input.answers, input.cellOf);
  if (problems.length) throw new AnswerErrors(problems);
  const changed = Object.keys(parsed).filter((code) => !same(parsed[code], row.answers[code]));
  if (input.revision !== row.revision && changed.length > 0) {
    throw new ReturnConflict(
      { answers: row.answers, revision: row.revision, savedBy: row.savedBy, savedAt: row.savedAt },
      { ...row.answers, ...(parsed as Answers) },
      changed,
    );
  }
  const answers: Answers = { ...row.answers };
  for (const code of changed) {
    if (parsed[code] === undefined) delete answers[code];
    else answers[code] = parsed[code]!;
  }
  const results = runRules(collection.rules, form.definition, answers);
  if (changed.length === 0) return { revision: row.revision, results, changed };
  const now = new Date();
  const updated = await db
    .update(collectionReturns)
    .set({
      answers,
      revision: row.revision + 1,
      status: row.status === 'not-started' ? 'in-progress' : row.status,
      startedAt: row.startedAt ?? now,
      savedAt: now,
      savedBy: actor.label,
    })
    .where(and(eq(collectionReturns.id, row.id), eq(collectionReturns.revision, row.revision)))
    .returning({ revision: collectionReturns.revision });
  if (updated.length === 0) {
    const fresh = (await getReturn(db, input.collectionId, input.boardId))!;
    throw new ReturnConflict(
      { answers: fresh.answers, revision: fresh.revision, savedBy: fresh.savedBy, savedAt: fresh.savedAt },
      answers,
      changed,
    );
  }
  // Once submitted, every changed answer is kept with who and when.
  if (row.firstSubmittedAt) {
    await db.insert(collectionAnswerChanges).values(
      changed.map((code) => ({
        returnId: row.id,
        questionCode: code,
        before: row.answers[code] ?? null,
        after: answers[code] ?? null,
        changedBy: actor.label,
        changedByUserId: actor.userId,
      })),
    );
  }
  if (input.via === 'upload')
    await db.insert(collectionReturnEvents).values({
      returnId: row.id,
      kind: 'uploaded',
      byLabel: actor.label,
      comment: `${changed.length} answers from a spreadsheet`,
    });
  await recordAudit(db, actor, {
    action: 'update',
    entity: 'collection-return',
    entityId: row.id,
    summary: `Saved ${changed.length} answers of a return to ${collection.name}${input.via === 'upload' ? ' from a spreadsheet' : ''}`,
    after: { changed },
  });
  return { revision: row.revision + 1, results, changed };
}

/** Checks a return as submitting would: unanswered required questions and broken rules. */
export function checkForSubmit(collection: Collection, form: CollectionForm, answers: Answers) {
  const missing: AnswerProblem[] = allQuestions(form.definition)
    .filter((q) => q.required && !isAnswered(answers[q.code]))
    .map((q) => ({ code: q.code, message: `Answer ‘${q.label}’` }));
  const results = runRules(collection.rules, form.definition, answers);
  return { missing, results, broken: brokenRules(results) };
}

export async function submitReturn(
  db: Queryable,
  actor: Actor,
  input: { collectionId: string; boardId: string; revision: number },
  now = new Date(),
) {
  const { collection, form, row } = await loadContext(db, input.collectionId, input.boardId);
  assertEditable(collection, row);
  if (input.revision !== row.revision)
    throw new UserFacingError(
      409,
      `${row.savedBy ?? 'Someone'} changed this return since you opened it: check the answers before submitting`,
    );
  const check = checkForSubmit(collection, form, row.answers);
  const blocking = collection.completeOnlyIfValid
    ? check.broken.map((r) => ({ code: r.questions[0] ?? '', message: r.rule.message }))
    : [];
  if (check.missing.length || blocking.length) throw new AnswerErrors([...check.missing, ...blocking]);
  const resubmitted = row.status === 'returned';
  await db
    .update(collectionReturns)
    .set({
      status: 'submitted',
      submittedAt: now,
      firstSubmittedAt: row.firstSubmittedAt ?? now,
      startedAt: row.startedAt ?? now,
      revision: row.revision + 1,
    })
    .where(eq(collectionReturns.id, row.id));
  await db.insert(collectionReturnEvents).values({
    returnId: row.id,
    kind: 'submitted',
    byLabel: actor.label,
    comment: check.broken.length ? `${check.broken.length} validation rules not met` : null,
    at: now,
  });
  await recordAudit(db, actor, {
    action: 'update',
    entity: 'collection-return',
    entityId: row.id,
    summary: `${resubmitted ? 'Resubmitted' : 'Submitted'} a return to ${collection.name}`,
  });
  return { broken: check.broken };
}
