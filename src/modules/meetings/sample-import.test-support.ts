import { readFileSync } from 'node:fs';
import { sharedPath } from '../../../tests/support/shared.ts';
import type { Db } from '../../platform/db/types.ts';
import type { Actor } from '../../platform/audit/service.ts';
import { createUser } from '../../platform/auth/users.ts';
import * as network from '../network/service.ts';
import { parseMinutesDocx } from './minutes/index.ts';
import * as meetings from './service.ts';

/**
 * For tests: imports a sample's minutes into a new group as a coordinator would, taking
 * each person's first directory match (or adding them) and each open owner's first candidate.
 */
export async function importSample(db: Db, actor: Actor, groupName: string, opts: { file?: string; suggested?: meetings.ImportDecisions['suggested'] } = {}) {
  const file = opts.file ?? 'template-london.docx';
  const group = await network.createGroup(db, actor, { name: groupName, kind: 'sub-group' });
  const parsed = await parseMinutesDocx(readFileSync(sharedPath('samples', 'minutes', file)), file);
  const userId = (await createUser(db, actor, { email: `importer-${group.slug}@example.org`, name: 'Importer', role: 'network-coordinator', password: 'a long enough password' })).id;
  const draft = (await meetings.getImportDraft(db, await meetings.createImportDraft(db, userId, group.id, file, parsed), userId))!;
  const review = await meetings.reviewOf(db, draft.parsed);
  const decisions: meetings.ImportDecisions = { people: {}, owners: {}, suggested: opts.suggested ?? {} };
  for (const p of review.people) decisions.people[String(p.index)] = p.matches[0]?.id ?? 'new';
  for (const o of review.owners) decisions.owners[`${o.action}-${o.owner}`] = o.candidates[0]!;
  const meeting = await db.transaction((tx) => meetings.confirmImport(tx, actor, draft, decisions));
  return { group, parsed, meeting, review, userId };
}
