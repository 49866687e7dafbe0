import { and, asc, eq, inArray, isNotNull, lte, ne } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Queryable } from '../../platform/db/types.ts';
import type { Principal } from '../../platform/auth/permissions.ts';
import { recordAudit, systemActor } from '../../platform/audit/service.ts';
import { enqueueEmail } from '../../platform/mail/service.ts';
import { people } from '../network/schema.ts';
import { londonDate } from './inputs.ts';
import { listProjects } from './projects.ts';
import { describeRisk } from './register.ts';
import { projects, risks } from './schema.ts';

const dayMs = 86_400_000;
const addDays = (isoDate: string, days: number) => new Date(Date.parse(`${isoDate}T00:00:00Z`) + days * dayMs).toISOString().slice(0, 10);
const daysBetween = (from: string, to: string) => Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / dayMs);

/**
 * Risks not closed whose review falls due within `withinDays` of today (overdue ones
 * first), across every project this person may read.
 */
export async function reviewsDue(db: Queryable, principal: Principal | null | undefined, now: Date, withinDays = 30, page = { limit: 10_000, offset: 0 }) {
  const today = londonDate(now);
  const readable = await listProjects(db, principal);
  if (readable.length === 0) return { rows: [], total: 0, today };
  const byId = new Map(readable.map((p) => [p.id, p]));
  const rows = await db
    .select({ risk: risks, ownerName: people.name })
    .from(risks)
    .leftJoin(people, eq(people.id, risks.ownerPersonId))
    .where(
      and(
        inArray(risks.projectId, [...byId.keys()]),
        ne(risks.status, 'closed'),
        isNotNull(risks.nextReviewDate),
        lte(risks.nextReviewDate, addDays(today, withinDays)),
      ),
    )
    .orderBy(asc(risks.nextReviewDate), asc(risks.number));
  const all = rows.map((r) => {
    const project = byId.get(r.risk.projectId)!;
    const days = daysBetween(today, r.risk.nextReviewDate!);
    return { ...describeRisk(r.risk, project.bands, r.ownerName), projectName: project.name, projectSlug: project.slug, overdue: days < 0, daysUntilDue: days };
  });
  return { rows: all.slice(page.offset, page.offset + page.limit), total: all.length, today };
}

/**
 * Emails the owner of every open risk whose review date has passed (the project owner
 * when the risk has none with an email). The dedupe key names the week of overdueness,
 * so each overdue review is reminded at most once a week however often this runs.
 */
export async function sendRiskReviewReminders(db: Queryable, now: Date, options: { publicUrl?: string } = {}) {
  const today = londonDate(now);
  const riskOwner = alias(people, 'risk_owner');
  const projectOwner = alias(people, 'project_owner');
  const overdue = await db
    .select({ risk: risks, project: projects, riskOwnerName: riskOwner.name, riskOwnerEmail: riskOwner.email, projectOwnerName: projectOwner.name, projectOwnerEmail: projectOwner.email })
    .from(risks)
    .innerJoin(projects, eq(projects.id, risks.projectId))
    .leftJoin(riskOwner, eq(riskOwner.id, risks.ownerPersonId))
    .leftJoin(projectOwner, eq(projectOwner.id, projects.ownerPersonId))
    .where(and(ne(risks.status, 'closed'), isNotNull(risks.nextReviewDate), lte(risks.nextReviewDate, addDays(today, -1))))
    .orderBy(asc(risks.nextReviewDate));
  let queued = 0;
  let alreadyReminded = 0;
  const noOneToTell: string[] = [];
  for (const row of overdue) {
    const to = row.riskOwnerEmail ?? row.projectOwnerEmail;
    const name = row.riskOwnerEmail ? row.riskOwnerName : row.projectOwnerName;
    const reference = `${row.project.name} R${row.risk.number}`;
    if (!to) {
      noOneToTell.push(reference);
      continue;
    }
    const due = row.risk.nextReviewDate!;
    const daysLate = daysBetween(due, today);
    const week = Math.floor((daysLate - 1) / 7);
    const link = options.publicUrl ? `\n\n${options.publicUrl}/projects/${row.project.slug}/risks/${row.risk.number}` : '';
    const added = await enqueueEmail(db, {
      to,
      kind: 'risk-review-reminder',
      subject: `Risk review overdue: ${reference} ${row.risk.title}`,
      text:
        `Dear ${name ?? 'risk owner'},\n\nThe review of risk R${row.risk.number} “${row.risk.title}” in ${row.project.name} ` +
        `was due on ${due} (${daysLate} day${daysLate === 1 ? '' : 's'} ago). Please review its scores and controls and set the next review date.${link}\n\nSafeguarding Hub`,
      dedupeKey: `risk-review:${row.risk.id}:${due}:week-${week}`,
    });
    if (added) queued++;
    else alreadyReminded++;
  }
  if (queued > 0) {
    await recordAudit(db, systemActor('risk review reminders'), {
      action: 'create',
      entity: 'risk-review-reminder',
      summary: `Queued ${queued} reminder${queued === 1 ? '' : 's'} of overdue risk reviews`,
    });
  }
  return { overdue: overdue.length, queued, alreadyReminded, noOneToTell };
}
