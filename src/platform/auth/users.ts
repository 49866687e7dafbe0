import { and, asc, eq, gte, ilike, or, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { Queryable } from '../db/types.ts';
import { countRows } from '../db/count.ts';
import { recordAudit, escapeLike, type Actor } from '../audit/service.ts';
import { roleAssignments, roles, signInFailures, users, type Role } from './schema.ts';
import { hashPassword, passwordProblem, verifyPassword } from './passwords.ts';
import { boardScopedRoles, type Principal, type RoleGrant } from './permissions.ts';

export class UserInputError extends Error {
  constructor(
    message: string,
    readonly field: string,
  ) {
    super(message);
  }
}

export const newUserInput = z
  .object({
    email: z.string().trim().toLowerCase().email('Enter an email address in the correct format, like name@example.org'),
    name: z.string().trim().min(1, 'Enter the person’s name').max(200),
    role: z.enum(roles, { message: `Role must be one of: ${roles.join(', ')}` }),
    boardId: z.string().uuid().nullable().optional(),
    password: z.string().optional(),
    personId: z.string().uuid().nullable().optional(),
    demo: z.boolean().optional(),
  })
  .superRefine((v, ctx) => {
    const scoped = boardScopedRoles.includes(v.role);
    if (scoped && !v.boardId) ctx.addIssue({ code: 'custom', path: ['boardId'], message: 'Choose the board this role is for' });
    if (!scoped && v.boardId) ctx.addIssue({ code: 'custom', path: ['boardId'], message: 'Only board roles have a board' });
    if (v.password !== undefined) {
      const problem = passwordProblem(v.password, v);
      if (problem) ctx.addIssue({ code: 'custom', path: ['password'], message: problem });
    }
  });
export type NewUser = z.input<typeof newUserInput>;

export async function findUserByEmail(db: Queryable, email: string) {
  const [user] = await db
    .select()
    .from(users)
    .where(sql`lower(${users.email}) = ${email.trim().toLowerCase()}`);
  return user ?? null;
}

export async function createUser(db: Queryable, actor: Actor, input: NewUser) {
  const v = newUserInput.parse(input);
  if (await findUserByEmail(db, v.email)) throw new UserInputError('A user with that email address already exists', 'email');
  const [user] = await db
    .insert(users)
    .values({
      email: v.email,
      name: v.name,
      passwordHash: v.password ? await hashPassword(v.password) : null,
      personId: v.personId ?? null,
      demo: v.demo ?? false,
    })
    .returning();
  if (!user) throw new Error('user insert returned nothing');
  await db.insert(roleAssignments).values({ userId: user.id, role: v.role, boardId: v.boardId ?? null });
  await recordAudit(db, actor, {
    action: 'create',
    entity: 'user',
    entityId: user.id,
    summary: `Created user ${v.email} (${v.role})`,
    after: { email: v.email, name: v.name, role: v.role, boardId: v.boardId ?? null },
  });
  return user;
}

export async function loadPrincipal(db: Queryable, userId: string): Promise<Principal | null> {
  const [user] = await db.select().from(users).where(eq(users.id, userId));
  if (!user || user.disabledAt) return null;
  const grants = await db
    .select({ role: roleAssignments.role, boardId: roleAssignments.boardId })
    .from(roleAssignments)
    .where(eq(roleAssignments.userId, userId));
  return { userId: user.id, name: user.name, email: user.email, personId: user.personId, roles: grants as RoleGrant[] };
}

const failureWindowMinutes = 15;
const failuresBeforeLock = 5;

export type SignInResult =
  | { ok: true; principal: Principal }
  | { ok: false; reason: 'invalid' }
  | { ok: false; reason: 'locked'; minutes: number };

/**
 * Failures are counted per email in the database, so throttling holds across app instances.
 * A locked account answers the same way whether or not the password was right.
 */
export async function signIn(db: Queryable, email: string, password: string, ip: string | null): Promise<SignInResult> {
  const key = email.trim().toLowerCase();
  const since = new Date(Date.now() - failureWindowMinutes * 60_000);
  const recent = await countRows(db, signInFailures, and(eq(signInFailures.email, key), gte(signInFailures.at, since)));
  if (recent >= failuresBeforeLock) return { ok: false, reason: 'locked', minutes: failureWindowMinutes };
  const user = await findUserByEmail(db, key);
  const good = await verifyPassword(user?.passwordHash ?? null, password);
  if (!user || !good || user.disabledAt) {
    await db.insert(signInFailures).values({ email: key, ip });
    return { ok: false, reason: 'invalid' };
  }
  await db.delete(signInFailures).where(eq(signInFailures.email, key));
  await db.update(users).set({ lastSignInAt: new Date() }).where(eq(users.id, user.id));
  const principal = await loadPrincipal(db, user.id);
  return principal ? { ok: true, principal } : { ok: false, reason: 'invalid' };
}

export async function setPassword(db: Queryable, actor: Actor, userId: string, password: string) {
  const [user] = await db.select().from(users).where(eq(users.id, userId));
  if (!user) throw new UserInputError('No such user', 'userId');
  const problem = passwordProblem(password, user);
  if (problem) throw new UserInputError(problem, 'password');
  await db.update(users).set({ passwordHash: await hashPassword(password) }).where(eq(users.id, userId));
  await recordAudit(db, actor, { action: 'update', entity: 'user', entityId: userId, summary: `Set password for ${user.email}` });
}

export async function listUsers(db: Queryable, q: { text?: string; limit: number; offset: number }) {
  const cond = q.text
    ? or(ilike(users.email, `%${escapeLike(q.text)}%`), ilike(users.name, `%${escapeLike(q.text)}%`))
    : undefined;
  const rows = await db.select().from(users).where(cond).orderBy(asc(users.name)).limit(q.limit).offset(q.offset);
  const total = await countRows(db, users, cond);
  const grants = rows.length
    ? await db
        .select()
        .from(roleAssignments)
        .where(sql`${roleAssignments.userId} in ${rows.map((r) => r.id)}`)
    : [];
  return {
    total,
    rows: rows.map((u) => ({
      id: u.id,
      email: u.email,
      name: u.name,
      demo: u.demo,
      invited: !u.passwordHash,
      disabled: !!u.disabledAt,
      lastSignInAt: u.lastSignInAt,
      roles: grants.filter((g) => g.userId === u.id).map((g) => ({ role: g.role as Role, boardId: g.boardId })),
    })),
  };
}

export async function setUserDisabled(db: Queryable, actor: Actor, userId: string, disabled: boolean) {
  const [user] = await db
    .update(users)
    .set({ disabledAt: disabled ? new Date() : null })
    .where(eq(users.id, userId))
    .returning();
  if (!user) throw new UserInputError('No such user', 'userId');
  await recordAudit(db, actor, {
    action: 'update',
    entity: 'user',
    entityId: userId,
    summary: `${disabled ? 'Disabled' : 'Re-enabled'} ${user.email}`,
  });
}
