import { and, eq, ne, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { Queryable } from '../../platform/db/types.ts';
import { recordAudit, type Actor } from '../../platform/audit/service.ts';
import { UserFacingError } from '../../platform/http/errors.ts';
import { optionalId as optionalIdOf, optionalText } from '../../platform/http/fields.ts';
import { listDocuments } from '../documents/service.ts';
import { agendaItems, meetingActions, type Paper } from './schema.ts';

const paperInput = z.object({
  title: z.string().trim().min(1).max(300),
  url: z
    .string()
    .trim()
    .url('Enter a link starting https://')
    .refine((u) => /^https?:\/\//i.test(u), 'Enter a link starting https://'),
});

export const itemInput = z.object({
  number: z
    .string()
    .trim()
    .regex(/^\d{1,3}(\.\d{1,3}){0,2}$/, 'Enter the item’s number, like 2 or 2.1'),
  title: z.string().trim().min(1, 'Enter the item’s title').max(500, 'Title must be 500 characters or fewer'),
  presenterPersonId: optionalIdOf('Choose the presenter from the list'),
  presenterName: optionalText(200, 'The presenter’s name'),
  papers: z.array(paperInput).max(20, 'An item can link to 20 papers at most').default([]),
  minutes: optionalText(50_000, 'The minutes of the item'),
});
export type ItemInput = z.input<typeof itemInput>;

/** "2.10" sorts after "2.9": numbers compare part by part. */
export function itemOrder(number: string): number {
  const [a = 0, b = 0, c = 0] = number.split('.').map(Number);
  return a * 1_000_000 + b * 1000 + c;
}

export async function findItem(db: Queryable, id: string) {
  if (!z.string().uuid().safeParse(id).success) return null;
  const [row] = await db.select().from(agendaItems).where(eq(agendaItems.id, id));
  return row ?? null;
}

/** Two items with one number would make "item 2" in an action ambiguous. */
export async function itemNumberTaken(db: Queryable, meetingId: string, number: string, exceptItemId?: string) {
  const [row] = await db
    .select({ id: agendaItems.id })
    .from(agendaItems)
    .where(and(eq(agendaItems.meetingId, meetingId), eq(agendaItems.number, number.trim()), exceptItemId ? ne(agendaItems.id, exceptItemId) : undefined));
  return !!row;
}

export async function addItem(db: Queryable, actor: Actor, meetingId: string, input: ItemInput) {
  const v = itemInput.parse(input);
  const [row] = await db
    .insert(agendaItems)
    .values({ meetingId, ...v, papers: v.papers as Paper[], position: itemOrder(v.number) })
    .returning();
  await recordAudit(db, actor, { action: 'create', entity: 'agenda-item', entityId: row!.id, summary: `Added item ${v.number} ${v.title}`, after: { meetingId, ...v } });
  return row!;
}

export async function updateItem(db: Queryable, actor: Actor, itemId: string, input: ItemInput) {
  const v = itemInput.parse(input);
  const before = await findItem(db, itemId);
  if (!before) throw new UserFacingError(404, 'No such agenda item');
  await db
    .update(agendaItems)
    .set({ ...v, papers: v.papers as Paper[], position: itemOrder(v.number) })
    .where(eq(agendaItems.id, itemId));
  await recordAudit(db, actor, {
    action: 'update',
    entity: 'agenda-item',
    entityId: itemId,
    summary: `Updated item ${v.number} ${v.title}`,
    before: { number: before.number, title: before.title, presenterPersonId: before.presenterPersonId, presenterName: before.presenterName, minutes: before.minutes },
    after: v,
  });
}

/** How many of the meeting's actions sit under the item (they stay with the meeting when it goes). */
export async function actionsUnderItem(db: Queryable, itemId: string): Promise<number> {
  const [row] = await db.select({ n: sql<number>`count(*)::int` }).from(meetingActions).where(eq(meetingActions.itemId, itemId));
  return row?.n ?? 0;
}

/** Papers uploaded to the item: they keep it, so that no paper is left attached to nothing. */
export const itemPapers = (db: Queryable, itemId: string) => listDocuments(db, { kind: 'agenda-item', id: itemId });

/** Removes the item; its actions stay with the meeting, no longer under an item. */
export async function deleteItem(db: Queryable, actor: Actor, itemId: string) {
  const before = await findItem(db, itemId);
  if (!before) throw new UserFacingError(404, 'No such agenda item');
  if ((await itemPapers(db, itemId)).length) throw new UserFacingError(409, 'Papers are uploaded to this item, so it cannot be deleted');
  const moved = await actionsUnderItem(db, itemId);
  await db.delete(agendaItems).where(eq(agendaItems.id, itemId));
  await recordAudit(db, actor, {
    action: 'delete',
    entity: 'agenda-item',
    entityId: itemId,
    summary: `Deleted item ${before.number} ${before.title}${moved ? ` (${moved} action${moved === 1 ? '' : 's'} kept, no longer under an item)` : ''}`,
    before: { meetingId: before.meetingId, number: before.number, title: before.title, presenterName: before.presenterName, minutes: before.minutes, papers: before.papers },
  });
}

export type MinutesBlock = { kind: 'paragraph'; number: string | null; text: string } | { kind: 'list'; items: string[] };

const BULLET = /^[•·▪◦‣*–-]\s+/;

/**
 * An item's minutes as the page shows them. Blank lines separate paragraphs. Where the
 * minutes number their own paragraphs (2.1, 2.2 …) those numbers are kept and other
 * paragraphs are left unnumbered; otherwise each paragraph is numbered <item>.<n>.
 * Bullet lines next to each other become one list.
 */
export function minutesBlocks(itemNumber: string, minutes: string | null): MinutesBlock[] {
  if (!minutes) return [];
  const own = new RegExp(`^(${itemNumber.replace(/\./g, '\\.')}\\.\\d{1,3}(?:\\.\\d{1,3})?)\\.?\\s+`);
  const paragraphs = minutes
    .split(/\n\s*\n/)
    .map((p) => p.replace(/\s*\n\s*/g, ' ').trim())
    .filter(Boolean);
  const numbersItsOwn = paragraphs.some((p) => own.test(p));
  const blocks: MinutesBlock[] = [];
  let n = 0;
  for (const p of paragraphs) {
    if (BULLET.test(p)) {
      const last = blocks[blocks.length - 1];
      const text = p.replace(BULLET, '');
      if (last?.kind === 'list') last.items.push(text);
      else blocks.push({ kind: 'list', items: [text] });
      continue;
    }
    const numbered = own.exec(p);
    if (numbered) blocks.push({ kind: 'paragraph', number: numbered[1]!, text: p.slice(numbered[0].length) });
    else blocks.push({ kind: 'paragraph', number: numbersItsOwn ? null : `${itemNumber}.${++n}`, text: p });
  }
  return blocks;
}

/** The same minutes one paragraph a line, numbers and bullets written out: how a Word document holds them. */
export function minutesLines(itemNumber: string, minutes: string | null): string | null {
  const lines = minutesBlocks(itemNumber, minutes).flatMap((b) => (b.kind === 'list' ? b.items.map((i) => `• ${i}`) : [b.number ? `${b.number} ${b.text}` : b.text]));
  return lines.length ? lines.join('\n') : null;
}

const fold = (s: string) => s.replace(/\s+/g, ' ').trim();
const ACTION_LINE = /^(?:[•·▪◦‣*–-]\s*)?(?:\d{1,3}(?:\.\d{1,3})*\.?\s+)?action\b[^:–—-]{0,30}[:–—-]\s*/i;

/**
 * An imported item's minutes (one paragraph a line, as the parser gives them) as stored:
 * paragraphs separated by blank lines, without the lines that are the item's own actions,
 * which are stored as actions and shown (and printed) from there, kept up to date.
 */
export function minutesFromImport(text: string | null | undefined, actionTexts: string[]): string | null {
  if (!text) return null;
  const actions = new Set(actionTexts.map((t) => fold(t).replace(/\.$/, '').toLowerCase()));
  const kept = text
    .split('\n')
    .map(fold)
    .filter(Boolean)
    .filter((line) => {
      const marker = ACTION_LINE.exec(line);
      return !marker || !actions.has(line.slice(marker[0].length).replace(/\.$/, '').toLowerCase());
    });
  return kept.length ? kept.join('\n\n').slice(0, 50_000) : null;
}
