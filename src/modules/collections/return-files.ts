import type { Actor } from '../../platform/audit/service.ts';
import type { Queryable } from '../../platform/db/types.ts';
import { UserFacingError } from '../../platform/http/errors.ts';
import * as network from '../network/service.ts';
import { requireCollection } from './collections.ts';
import { getForm } from './forms.ts';
import { getReturn, saveAnswers } from './returns.ts';
import { buildTemplate } from './xlsx-template.ts';
import { readTemplate } from './xlsx-upload.ts';

async function context(db: Queryable, collectionId: string, boardId: string) {
  const collection = await requireCollection(db, collectionId);
  const form = (await getForm(db, collection.formId))!;
  const board = await network.findBoard(db, boardId);
  const row = await getReturn(db, collectionId, boardId);
  if (!board || !row) throw new UserFacingError(404, 'This board is not invited to this collection');
  return { collection, form, board, row };
}

/** The board's XLSX template, pre-filled with what it has saved so far. */
export async function returnTemplate(db: Queryable, collectionId: string, boardId: string) {
  const { collection, form, board, row } = await context(db, collectionId, boardId);
  const buffer = await buildTemplate(
    {
      collectionId,
      collectionName: collection.name,
      period: collection.period,
      closesOn: collection.closesOn,
      boardId,
      boardName: board.name,
      formId: form.id,
      formVersion: form.version,
      revision: row.revision,
    },
    form.definition,
    row.answers,
  );
  return { buffer, fileName: `${collection.name} – ${board.name}` };
}

/** Takes an uploaded template: all of it, or (with a message per cell or per file) none of it. */
export async function uploadReturn(
  db: Queryable,
  actor: Actor,
  input: { collectionId: string; boardId: string; fileName: string; buffer: Buffer },
) {
  const { form, board } = await context(db, input.collectionId, input.boardId);
  const read = await readTemplate(
    { fileName: input.fileName, buffer: input.buffer },
    {
      collectionId: input.collectionId,
      boardId: input.boardId,
      boardName: board.name,
      formId: form.id,
      formVersion: form.version,
      form: form.definition,
    },
  );
  return saveAnswers(db, actor, {
    collectionId: input.collectionId,
    boardId: input.boardId,
    revision: read.revision,
    answers: read.answers,
    cellOf: read.cellOf,
    via: 'upload',
  });
}
