import { asc, eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { Queryable } from '../../platform/db/types.ts';
import { recordAudit, systemActor, type Actor } from '../../platform/audit/service.ts';
import { UserFacingError } from '../../platform/http/errors.ts';
import { learningThemes } from './schema.ts';
import { optionalText, requiredText } from './inputs.ts';

export type Theme = typeof learningThemes.$inferSelect;

/** The themes national and London reviews keep returning to; coordinators add, rename and retire from here. */
export const seedThemes: readonly { name: string; description: string }[] = [
  {
    name: 'Neglect',
    description: 'Persistent failure to meet a child’s basic needs, including cumulative harm.',
  },
  {
    name: 'Domestic abuse',
    description: 'Children living with, or harmed by, abuse between adults in the household.',
  },
  {
    name: 'Information sharing',
    description: 'Agencies knowing, passing on and acting on what others know.',
  },
  {
    name: 'Parental mental health',
    description: 'The effect of a parent’s or carer’s mental ill-health on the care of children.',
  },
  {
    name: 'Child sexual exploitation',
    description: 'Sexual abuse of children through exploitation, including online grooming.',
  },
  { name: 'Criminal exploitation', description: 'County lines, gangs and children drawn into crime.' },
  { name: 'Substance misuse', description: 'Parental or young people’s alcohol and drug use.' },
  { name: 'Online harm', description: 'Harm to children online, from contact, content or conduct.' },
  {
    name: 'Safe sleeping and infant deaths',
    description: 'Sudden unexpected deaths in infancy and co-sleeping risks.',
  },
  { name: 'Voice of the child', description: 'Hearing and acting on what children say and show.' },
  {
    name: 'Adolescent mental health and self-harm',
    description: 'Young people’s emotional wellbeing, self-harm and suicide.',
  },
  {
    name: 'Professional curiosity and challenge',
    description: 'Asking the next question, and escalating disagreement between agencies.',
  },
];

export const themeInput = z.object({
  name: requiredText(100, 'Enter the theme’s name'),
  description: optionalText(500),
});

export async function listThemes(db: Queryable, opts: { includeRetired?: boolean } = {}): Promise<Theme[]> {
  return db
    .select()
    .from(learningThemes)
    .where(opts.includeRetired ? undefined : eq(learningThemes.retired, false))
    .orderBy(asc(learningThemes.name));
}

export async function getTheme(db: Queryable, id: string): Promise<Theme | null> {
  if (!z.string().uuid().safeParse(id).success) return null;
  const [row] = await db.select().from(learningThemes).where(eq(learningThemes.id, id));
  return row ?? null;
}

/** Seeds the taxonomy once, on an empty table; after that it is the coordinators’ to maintain. */
export async function ensureThemes(db: Queryable): Promise<void> {
  const [row] = await db.select({ n: sql<number>`count(*)::int` }).from(learningThemes);
  if ((row?.n ?? 0) > 0) return;
  const inserted = await db
    .insert(learningThemes)
    .values([...seedThemes])
    .onConflictDoNothing()
    .returning({ id: learningThemes.id });
  if (inserted.length > 0) {
    await recordAudit(db, systemActor('learning themes'), {
      action: 'create',
      entity: 'learning-theme',
      summary: `Seeded ${inserted.length} learning themes`,
    });
  }
}

async function nameTaken(db: Queryable, name: string, exceptId?: string): Promise<boolean> {
  const rows = await db
    .select({ id: learningThemes.id })
    .from(learningThemes)
    .where(sql`lower(${learningThemes.name}) = lower(${name})`);
  return rows.some((r) => r.id !== exceptId);
}

export async function createTheme(
  db: Queryable,
  actor: Actor,
  input: z.input<typeof themeInput>,
): Promise<Theme> {
  const v = themeInput.parse(input);
  if (await nameTaken(db, v.name))
    throw new UserFacingError(400, `There is already a theme called ${v.name}`, [
      { path: 'name', message: `There is already a theme called ${v.name}` },
    ]);
  const [row] = await db.insert(learningThemes).values(v).returning();
  await recordAudit(db, actor, {
    action: 'create',
    entity: 'learning-theme',
    entityId: row!.id,
    summary: `Added learning theme ${v.name}`,
    after: v,
  });
  return row!;
}

export async function updateTheme(
  db: Queryable,
  actor: Actor,
  id: string,
  input: z.input<typeof themeInput> & { retired?: boolean },
): Promise<Theme> {
  const v = themeInput.parse(input);
  const before = await getTheme(db, id);
  if (!before) throw new UserFacingError(404, 'No such theme');
  if (await nameTaken(db, v.name, id))
    throw new UserFacingError(400, `There is already a theme called ${v.name}`, [
      { path: 'name', message: `There is already a theme called ${v.name}` },
    ]);
  const retired = input.retired ?? before.retired;
  const [row] = await db
    .update(learningThemes)
    .set({ ...v, retired })
    .where(eq(learningThemes.id, id))
    .returning();
  await recordAudit(db, actor, {
    action: 'update',
    entity: 'learning-theme',
    entityId: id,
    summary:
      retired && !before.retired ? `Retired learning theme ${v.name}` : `Updated learning theme ${v.name}`,
    before: { name: before.name, description: before.description, retired: before.retired },
    after: { ...v, retired },
  });
  return row!;
}
