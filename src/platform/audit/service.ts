import { and, desc, eq, gte, ilike, lte, or, type SQL } from 'drizzle-orm';
import { countRows } from '../db/count.ts';
import type { Queryable } from '../db/types.ts';
import { auditEvents } from './schema.ts';

/** Who made a change: a signed-in user, or an unattended process named by its label. */
export interface Actor {
  userId: string | null;
  label: string;
}

export const systemActor = (label = 'system'): Actor => ({ userId: null, label });

export interface AuditEntry {
  action: 'create' | 'update' | 'delete' | string;
  entity: string;
  entityId?: string | null;
  summary: string;
  before?: Record<string, unknown> | null;
  after?: Record<string, unknown> | null;
}

const secretFields = /password|token|secret|hash/i;

/** Secrets never reach the audit log, even as "before/after". */
function redact(value: Record<string, unknown> | null | undefined): Record<string, unknown> | null {
  if (!value) return null;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) out[k] = secretFields.test(k) ? '[redacted]' : v;
  return out;
}

/** Call inside the same transaction as the write, so the record and the change stand or fall together. */
export async function recordAudit(db: Queryable, actor: Actor, entry: AuditEntry): Promise<void> {
  await db.insert(auditEvents).values({
    actorUserId: actor.userId,
    actorLabel: actor.label,
    action: entry.action,
    entity: entry.entity,
    entityId: entry.entityId ?? null,
    summary: entry.summary,
    before: redact(entry.before),
    after: redact(entry.after),
  });
}

export interface AuditFilter {
  entity?: string;
  actor?: string;
  action?: string;
  text?: string;
  from?: Date;
  to?: Date;
}

function where(f: AuditFilter): SQL | undefined {
  const parts: (SQL | undefined)[] = [];
  if (f.entity) parts.push(eq(auditEvents.entity, f.entity));
  if (f.action) parts.push(eq(auditEvents.action, f.action));
  if (f.actor) parts.push(ilike(auditEvents.actorLabel, `%${escapeLike(f.actor)}%`));
  if (f.text)
    parts.push(
      or(
        ilike(auditEvents.summary, `%${escapeLike(f.text)}%`),
        eq(auditEvents.entityId, f.text),
      ),
    );
  if (f.from) parts.push(gte(auditEvents.at, f.from));
  if (f.to) parts.push(lte(auditEvents.at, f.to));
  return and(...parts.filter(Boolean));
}

export const escapeLike = (s: string): string => s.replace(/[\\%_]/g, (c) => `\\${c}`);

export async function listAudit(db: Queryable, filter: AuditFilter, page: { limit: number; offset: number }) {
  const condition = where(filter);
  const [rows, total] = await Promise.all([
    db
      .select()
      .from(auditEvents)
      .where(condition)
      .orderBy(desc(auditEvents.at), desc(auditEvents.id))
      .limit(page.limit)
      .offset(page.offset),
    countRows(db, auditEvents, condition),
  ]);
  return { rows, total };
}

export async function auditEntities(db: Queryable): Promise<string[]> {
  const rows = await db.selectDistinct({ entity: auditEvents.entity }).from(auditEvents).orderBy(auditEvents.entity);
  return rows.map((r) => r.entity);
}
