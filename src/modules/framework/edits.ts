import { eq } from 'drizzle-orm';
import type { Queryable } from '../../platform/db/types.ts';
import { recordAudit, type Actor } from '../../platform/audit/service.ts';
import { UserFacingError } from '../../platform/http/errors.ts';
import type { Goal, Heading, Indicator, ModelLink, ModelNode, Outcome, SubHeading } from './framework-schema.ts';
import { elementTitle } from './framework-elements.ts';
import { findElement, itemId, linkId, newKey, outcomeHolders, removeFrom, type Found } from './elements.ts';
import { frameworkVersions, type ElementRevision } from './schema.ts';
import { checkDocument, DEFAULT_FRAMEWORK, isOpen, requireVersion, STATUS_LABELS, type FrameworkVersion } from './versions.ts';

/** What an edit is based on: the element (null for a new one) and the revision the editor saw. */
export interface EditTarget {
  id: string | null;
  baseRevision: number;
}

/**
 * Someone else saved the element since the editor opened it. Nothing is saved; the
 * editor is shown their version beside this one and decides.
 */
export class EditConflict extends UserFacingError {
  constructor(
    readonly id: string,
    /** The element as saved now; null if it has been removed. */
    readonly theirs: Found['item'] | null,
    readonly current: ElementRevision,
  ) {
    super(409, `This element was changed by ${current.by} since you opened it; nothing was saved`);
  }
}

/** Revision 1 is the element as imported or copied; each save adds one. */
export function revisionOf(version: Pick<FrameworkVersion, 'revisions' | 'createdBy' | 'createdAt'>, id: string): ElementRevision {
  return version.revisions[id] ?? { revision: 1, by: version.createdBy, at: version.createdAt.toISOString() };
}

interface Applied {
  id: string;
  summary: string;
}

/**
 * The one way a single element changes: lock the version, check the editor's revision,
 * change a copy of the document, check it whole, save it with the element's next revision.
 */
async function editElement(
  db: Queryable,
  actor: Actor,
  number: number,
  target: EditTarget,
  apply: (doc: FrameworkVersion['document']) => Applied,
  slug = DEFAULT_FRAMEWORK,
): Promise<{ id: string; revision: number }> {
  const found = await requireVersion(db, number, slug);
  const [version] = await db.select().from(frameworkVersions).where(eq(frameworkVersions.id, found.id)).for('update');
  if (!version || !isOpen(version.status)) {
    throw new UserFacingError(
      409,
      `Version ${number} is ${STATUS_LABELS[found.status].toLowerCase()} and cannot be changed; start a new draft from it to make changes`,
    );
  }
  const doc = structuredClone(version.document);
  if (target.id !== null) {
    const current = revisionOf(version, target.id);
    const existing = findElement(doc, target.id);
    if (!existing || current.revision !== target.baseRevision) {
      throw new EditConflict(target.id, existing ? structuredClone(existing.item) : null, existing ? current : { ...current, revision: current.revision + 1 });
    }
  }
  const { id, summary } = apply(doc);
  const checked = checkDocument(doc);
  const at = new Date();
  const revisions = { ...version.revisions };
  const revision = target.id === null ? 1 : revisionOf(version, target.id).revision + 1;
  if (target.id !== null && target.id !== id) delete revisions[target.id];
  revisions[id] = { revision, by: actor.label, at: at.toISOString() };
  await db.update(frameworkVersions).set({ document: checked, revisions, updatedAt: at }).where(eq(frameworkVersions.id, version.id));
  await recordAudit(db, actor, { action: target.id === null ? 'create' : 'update', entity: 'framework-element', entityId: version.id, summary: `Framework version ${number}: ${summary}` });
  return { id, revision };
}

function existing<T extends Found['type']>(doc: FrameworkVersion['document'], id: string, type: T): Extract<Found, { type: T }> {
  const found = findElement(doc, id);
  if (!found || found.type !== type) throw new UserFacingError(404, `There is no ${type} ${id.replace(/^item:/, '')} in this version`);
  return found as unknown as Extract<Found, { type: T }>;
}

export type GoalFields = Pick<Goal, 'title' | 'description'>;
export type HeadingFields = Pick<Heading, 'title' | 'description' | 'rating' | 'optional' | 'source'> & {
  /** A goal's key for a heading, a heading's key for a sub-heading. */
  parentKey: string;
};
export type OutcomeFields = Omit<Outcome, 'key' | 'indicators'> & { parentKey: string };
export type IndicatorFields = Omit<Indicator, 'key'> & { parentKey: string };
export type NodeFields = Omit<ModelNode, 'key'>;

export function saveGoal(db: Queryable, actor: Actor, number: number, target: EditTarget, fields: GoalFields) {
  return editElement(db, actor, number, target, (doc) => {
    if (target.id === null) {
      const goal: Goal = { key: newKey(doc, 'goal', fields.title), ...fields, outcomes: [], headings: [] };
      doc.goals.push(goal);
      return { id: itemId(goal.key), summary: `added goal "${goal.title}"` };
    }
    const found = existing(doc, target.id, 'goal');
    Object.assign(found.item, fields);
    return { id: target.id, summary: `changed goal "${fields.title}"` };
  });
}

export function saveHeading(db: Queryable, actor: Actor, number: number, target: EditTarget, { parentKey, ...fields }: HeadingFields) {
  return editElement(db, actor, number, target, (doc) => {
    const goal = doc.goals.find((g) => g.key === parentKey);
    const heading = goal ? null : doc.goals.flatMap((g) => g.headings).find((h) => h.key === parentKey);
    if (!goal && !heading) throw new UserFacingError(400, 'Choose the goal or heading this heading goes under');
    if (target.id === null) {
      const key = newKey(doc, 'heading', fields.title);
      if (goal) goal.headings.push({ key, ...fields, outcomes: [], subHeadings: [] });
      else heading!.subHeadings.push({ key, ...fields, outcomes: [] } satisfies SubHeading);
      return { id: itemId(key), summary: `added ${goal ? 'heading' : 'sub-heading'} "${fields.title}"` };
    }
    const found = findElement(doc, target.id);
    if (!found || (found.type !== 'heading' && found.type !== 'sub-heading')) throw new UserFacingError(404, 'There is no such heading in this version');
    if (found.parentKey !== parentKey) throw new UserFacingError(400, 'Headings keep their place; remove it and add it again to move it');
    Object.assign(found.item, fields);
    return { id: target.id, summary: `changed ${found.type} "${fields.title}"` };
  });
}

export function saveOutcome(db: Queryable, actor: Actor, number: number, target: EditTarget, { parentKey, ...fields }: OutcomeFields) {
  return editElement(db, actor, number, target, (doc) => {
    const holder = outcomeHolders(doc).find((h) => h.key === parentKey)?.holder;
    if (!holder) throw new UserFacingError(400, 'Choose the goal or heading this outcome goes under');
    if (target.id === null) {
      const outcome: Outcome = { key: newKey(doc, 'outcome', fields.title), ...fields, indicators: [] };
      holder.outcomes.push(outcome);
      return { id: itemId(outcome.key), summary: `added outcome "${outcome.title}"` };
    }
    const found = existing(doc, target.id, 'outcome');
    const wasRating = found.item.rating;
    Object.assign(found.item, fields);
    if (found.parentKey !== parentKey) {
      found.list.splice(found.list.indexOf(found.item), 1);
      holder.outcomes.push(found.item);
    }
    const rerated = wasRating !== fields.rating ? ` (re-rated from ${wasRating} to ${fields.rating})` : '';
    return { id: target.id, summary: `changed outcome "${fields.title}"${rerated}` };
  });
}

export function saveIndicator(db: Queryable, actor: Actor, number: number, target: EditTarget, { parentKey, ...fields }: IndicatorFields) {
  return editElement(db, actor, number, target, (doc) => {
    const outcome = findElement(doc, itemId(parentKey));
    if (!outcome || outcome.type !== 'outcome') throw new UserFacingError(400, 'Choose the outcome this indicator measures');
    if (target.id === null) {
      const indicator = { key: newKey(doc, 'ind', fields.name), ...fields } as Indicator;
      outcome.item.indicators.push(indicator);
      return { id: itemId(indicator.key), summary: `added indicator ${indicator.code} "${indicator.name}"` };
    }
    const found = existing(doc, target.id, 'indicator');
    const replaced = { key: found.item.key, ...fields } as Indicator;
    if (found.parentKey === parentKey) found.list[found.list.indexOf(found.item)] = replaced;
    else {
      found.list.splice(found.list.indexOf(found.item), 1);
      outcome.item.indicators.push(replaced);
    }
    return { id: target.id, summary: `changed indicator ${fields.code} "${fields.name}"` };
  });
}

export function saveNode(db: Queryable, actor: Actor, number: number, target: EditTarget, fields: NodeFields) {
  return editElement(db, actor, number, target, (doc) => {
    if (target.id === null) {
      const node: ModelNode = { key: newKey(doc, fields.kind, fields.title), ...fields };
      doc.model.nodes.push(node);
      return { id: itemId(node.key), summary: `added logic model node "${node.title}"` };
    }
    const found = existing(doc, target.id, 'node');
    Object.assign(found.item, fields);
    return { id: target.id, summary: `changed logic model node "${fields.title}"` };
  });
}

/** A link is known by its two ends; changing an end makes it another link, so only the note is edited. */
export function saveLink(db: Queryable, actor: Actor, number: number, target: EditTarget, fields: ModelLink) {
  return editElement(db, actor, number, target, (doc) => {
    const title = (key: string) => doc.model.nodes.find((n) => n.key === key)?.title ?? key;
    const summary = `"${title(fields.from)}" influences "${title(fields.to)}"`;
    if (target.id === null) {
      if (doc.model.links.some((l) => l.from === fields.from && l.to === fields.to)) {
        throw new UserFacingError(400, `The link ${summary} is already in the model`);
      }
      doc.model.links.push({ ...fields });
      return { id: linkId(fields), summary: `added link ${summary}` };
    }
    const found = existing(doc, target.id, 'link');
    found.item.note = fields.note;
    return { id: target.id, summary: `changed the note on link ${summary}` };
  });
}

export function removeElement(db: Queryable, actor: Actor, number: number, target: EditTarget & { id: string }) {
  return editElement(db, actor, number, target, (doc) => {
    const found = findElement(doc, target.id)!;
    removeFrom(doc, found);
    return { id: target.id, summary: `removed ${found.type} "${elementTitle(found)}"` };
  });
}
