import { eq } from 'drizzle-orm';
import type { z } from 'zod';
import { recordAudit, type Actor } from '../../platform/audit/service.ts';
import type { Queryable } from '../../platform/db/types.ts';
import { UserFacingError } from '../../platform/http/errors.ts';
import { requireCollection } from './collections.ts';
import { getForm } from './forms.ts';
import { checkRule, ruleSchema, type ValidationRule } from './rules.ts';
import { collections } from './schema.ts';

/** A collection's validation rules: checked against its form when written. */
export class RuleInputError extends UserFacingError {
  constructor(readonly fields: Record<string, string>) {
    super(400, Object.values(fields).join('; '));
  }
}

export async function addRule(
  db: Queryable,
  actor: Actor,
  id: string,
  input: Omit<z.input<typeof ruleSchema>, 'key'>,
) {
  const c = await requireCollection(db, id);
  const form = await getForm(db, c.formId);
  const rule = ruleSchema.parse({ ...input, key: crypto.randomUUID().slice(0, 8) });
  const problems = checkRule(rule, form!.definition);
  if (problems.length)
    throw new RuleInputError(Object.fromEntries(problems.map((p) => [p.field, p.message])));
  await db
    .update(collections)
    .set({ rules: [...c.rules, rule] })
    .where(eq(collections.id, id));
  await recordAudit(db, actor, {
    action: 'update',
    entity: 'collection',
    entityId: id,
    summary: `Added rule “${rule.left} ${rule.operator} ${rule.right}” to ${c.name}`,
  });
  return rule;
}

export async function removeRule(db: Queryable, actor: Actor, id: string, key: string) {
  const c = await requireCollection(db, id);
  const rules: ValidationRule[] = c.rules.filter((r) => r.key !== key);
  await db.update(collections).set({ rules }).where(eq(collections.id, id));
  await recordAudit(db, actor, {
    action: 'update',
    entity: 'collection',
    entityId: id,
    summary: `Removed a rule from ${c.name}`,
  });
}
