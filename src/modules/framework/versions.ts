import { and, asc, desc, eq, inArray } from 'drizzle-orm';
import type { Queryable } from '../../platform/db/types.ts';
import { recordAudit, type Actor } from '../../platform/audit/service.ts';
import { UserFacingError } from '../../platform/http/errors.ts';
import { frameworkDocumentSchema, type FrameworkDocument, type VersionStatus } from './framework-schema.ts';
import { frameworkRuleProblems } from './framework-rules.ts';
import { frameworkComments, frameworks, frameworkVersions } from './schema.ts';

/** The network's framework, which pages and commands use unless told otherwise. */
export const DEFAULT_FRAMEWORK = 'london';

export type FrameworkVersion = typeof frameworkVersions.$inferSelect;
export type VersionSummary = Omit<FrameworkVersion, 'document' | 'revisions'> & { title: string };

export const STATUS_LABELS: Record<VersionStatus, string> = {
  draft: 'Draft',
  consultation: 'Out for consultation',
  published: 'Published',
  superseded: 'Superseded',
};

/** Versions that can still be edited: the working draft, before and during consultation. */
export const isOpen = (status: VersionStatus): boolean => status === 'draft' || status === 'consultation';

export async function findFramework(db: Queryable, slug = DEFAULT_FRAMEWORK) {
  const [row] = await db.select().from(frameworks).where(eq(frameworks.slug, slug));
  return row ?? null;
}

async function ensureFramework(db: Queryable, title: string, slug = DEFAULT_FRAMEWORK) {
  await db.insert(frameworks).values({ slug, title }).onConflictDoNothing();
  return (await findFramework(db, slug))!;
}

export async function listVersions(db: Queryable, slug = DEFAULT_FRAMEWORK): Promise<VersionSummary[]> {
  const framework = await findFramework(db, slug);
  if (!framework) return [];
  const rows = await db
    .select()
    .from(frameworkVersions)
    .where(eq(frameworkVersions.frameworkId, framework.id))
    .orderBy(desc(frameworkVersions.number));
  return rows.map(({ document, revisions: _revisions, ...rest }) => ({ ...rest, title: document.title }));
}

export async function getVersion(db: Queryable, number: number, slug = DEFAULT_FRAMEWORK) {
  const framework = await findFramework(db, slug);
  if (!framework) return null;
  const [row] = await db
    .select()
    .from(frameworkVersions)
    .where(and(eq(frameworkVersions.frameworkId, framework.id), eq(frameworkVersions.number, number)));
  return row ?? null;
}

/** What readers see by default: the published version, else the newest one. */
export async function currentVersion(db: Queryable, slug = DEFAULT_FRAMEWORK) {
  const versions = await listVersions(db, slug);
  const chosen = versions.find((v) => v.status === 'published') ?? versions[0];
  return chosen ? getVersion(db, chosen.number, slug) : null;
}

/** The version being worked on (draft or out for consultation), if any. */
export async function openVersion(db: Queryable, slug = DEFAULT_FRAMEWORK) {
  const versions = await listVersions(db, slug);
  const open = versions.find((v) => isOpen(v.status));
  return open ? getVersion(db, open.number, slug) : null;
}

export async function requireVersion(db: Queryable, number: number, slug = DEFAULT_FRAMEWORK) {
  const version = await getVersion(db, number, slug);
  if (!version) throw new UserFacingError(404, `There is no version ${number} of the framework`);
  return version;
}

/** A document that breaks a cross-element rule is refused whole; nothing is saved. */
export class FrameworkRuleError extends UserFacingError {
  constructor(readonly problems: { path: string; message: string }[]) {
    super(400, `The framework would break ${problems.length === 1 ? 'a rule' : `${problems.length} rules`}: ${problems.map((p) => `${p.path}: ${p.message}`).join('; ')}`, problems);
  }
}

/** Checks a document as a whole before any save. */
export function checkDocument(doc: FrameworkDocument): FrameworkDocument {
  const parsed = frameworkDocumentSchema.safeParse(doc);
  if (!parsed.success) {
    throw new FrameworkRuleError(parsed.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message })));
  }
  const problems = frameworkRuleProblems(parsed.data);
  if (problems.length) throw new FrameworkRuleError(problems);
  return parsed.data;
}

async function nextNumber(db: Queryable, frameworkId: string): Promise<number> {
  const [last] = await db
    .select({ number: frameworkVersions.number })
    .from(frameworkVersions)
    .where(eq(frameworkVersions.frameworkId, frameworkId))
    .orderBy(desc(frameworkVersions.number))
    .limit(1);
  return (last?.number ?? 0) + 1;
}

async function refuseSecondOpenVersion(db: Queryable, frameworkId: string): Promise<void> {
  const [open] = await db
    .select({ number: frameworkVersions.number, status: frameworkVersions.status })
    .from(frameworkVersions)
    .where(and(eq(frameworkVersions.frameworkId, frameworkId), inArray(frameworkVersions.status, ['draft', 'consultation'])));
  if (open) {
    throw new UserFacingError(
      409,
      `Version ${open.number} is still being worked on (${STATUS_LABELS[open.status].toLowerCase()}); publish or discard it before starting another`,
    );
  }
}

/**
 * Saves a whole document as a new version: an imported file, or the demo's default. It
 * becomes a draft unless `status` says otherwise (the demo publishes its one).
 */
export async function importVersion(
  db: Queryable,
  actor: Actor,
  input: FrameworkDocument,
  options: { status?: 'draft' | 'published'; slug?: string } = {},
): Promise<FrameworkVersion> {
  const framework = await ensureFramework(db, input.title, options.slug);
  await refuseSecondOpenVersion(db, framework.id);
  const number = await nextNumber(db, framework.id);
  const status = options.status ?? 'draft';
  if (status === 'published') await supersedePublished(db, framework.id);
  const document = checkDocument({ ...structuredClone(input), version: number, status });
  const [row] = await db
    .insert(frameworkVersions)
    .values({ frameworkId: framework.id, number, status, document, createdBy: actor.label, publishedAt: status === 'published' ? new Date() : null })
    .returning();
  await recordAudit(db, actor, {
    action: 'create',
    entity: 'framework-version',
    entityId: row!.id,
    summary: `Imported framework version ${number} (${STATUS_LABELS[status].toLowerCase()})`,
  });
  return row!;
}

/** Editing a published version starts here: a new draft copied from it. */
export async function startDraft(db: Queryable, actor: Actor, fromNumber: number, slug = DEFAULT_FRAMEWORK) {
  const source = await requireVersion(db, fromNumber, slug);
  await refuseSecondOpenVersion(db, source.frameworkId);
  const number = await nextNumber(db, source.frameworkId);
  const document: FrameworkDocument = { ...structuredClone(source.document), version: number, status: 'draft' };
  const [row] = await db
    .insert(frameworkVersions)
    .values({ frameworkId: source.frameworkId, number, status: 'draft', document, basedOn: source.number, createdBy: actor.label })
    .returning();
  await recordAudit(db, actor, {
    action: 'create',
    entity: 'framework-version',
    entityId: row!.id,
    summary: `Started draft version ${number} of the framework from version ${source.number}`,
  });
  return row!;
}

async function supersedePublished(db: Queryable, frameworkId: string): Promise<void> {
  const published = await db
    .select()
    .from(frameworkVersions)
    .where(and(eq(frameworkVersions.frameworkId, frameworkId), eq(frameworkVersions.status, 'published')));
  for (const row of published) {
    await db
      .update(frameworkVersions)
      .set({ status: 'superseded', document: { ...row.document, status: 'superseded' }, updatedAt: new Date() })
      .where(eq(frameworkVersions.id, row.id));
  }
}

const NEXT: Record<VersionStatus, VersionStatus[]> = {
  draft: ['consultation', 'published'],
  consultation: ['draft', 'published'],
  published: [],
  superseded: [],
};

/** Moves a version on: out for consultation, back to draft, or published (superseding the last). */
export async function setStatus(db: Queryable, actor: Actor, number: number, status: VersionStatus, slug = DEFAULT_FRAMEWORK) {
  const version = await requireVersion(db, number, slug);
  if (!NEXT[version.status].includes(status)) {
    throw new UserFacingError(409, `Version ${number} is ${STATUS_LABELS[version.status].toLowerCase()}, so it cannot become ${STATUS_LABELS[status].toLowerCase()}`);
  }
  if (status === 'published') await supersedePublished(db, version.frameworkId);
  await db
    .update(frameworkVersions)
    .set({
      status,
      document: { ...version.document, status },
      updatedAt: new Date(),
      ...(status === 'published' ? { publishedAt: new Date() } : {}),
    })
    .where(eq(frameworkVersions.id, version.id));
  await recordAudit(db, actor, {
    action: 'update',
    entity: 'framework-version',
    entityId: version.id,
    summary: `Framework version ${number}: ${STATUS_LABELS[version.status].toLowerCase()} → ${STATUS_LABELS[status].toLowerCase()}`,
    before: { status: version.status },
    after: { status },
  });
}

/** A draft nobody wants any more; published history is never deleted. */
export async function discardDraft(db: Queryable, actor: Actor, number: number, slug = DEFAULT_FRAMEWORK) {
  const version = await requireVersion(db, number, slug);
  if (!isOpen(version.status)) throw new UserFacingError(409, `Version ${number} is ${STATUS_LABELS[version.status].toLowerCase()}; only drafts can be discarded`);
  await db.delete(frameworkVersions).where(eq(frameworkVersions.id, version.id));
  await recordAudit(db, actor, {
    action: 'delete',
    entity: 'framework-version',
    entityId: version.id,
    summary: `Discarded draft version ${number} of the framework`,
  });
}

export async function commentCounts(db: Queryable, versionId: string): Promise<Map<string, number>> {
  const rows = await db
    .select({ key: frameworkComments.elementKey })
    .from(frameworkComments)
    .where(eq(frameworkComments.versionId, versionId))
    .orderBy(asc(frameworkComments.createdAt));
  const counts = new Map<string, number>();
  for (const r of rows) counts.set(r.key, (counts.get(r.key) ?? 0) + 1);
  return counts;
}
