import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { createTestDatabase } from '../../../tests/support/db.ts';
import type { Database } from '../db/open.ts';
import { systemActor } from '../audit/service.ts';
import { auditEvents } from '../audit/schema.ts';
import { sessions } from './schema.ts';
import { createUser, signIn, UserInputError } from './users.ts';
import { createSession, findSession, tokenHash } from './sessions.ts';
import { acceptInvitation, inviteUser } from './invitations.ts';
import { passwordProblem } from './passwords.ts';
import { listOutbox } from '../mail/service.ts';

let database: Database;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(async () => database.close());
const actor = systemActor('test');

describe('users', () => {
  it('creates a user with a hashed password and an audit record, never the password itself', async () => {
    const user = await createUser(database.db, actor, { email: 'Ann@Example.org', name: 'Ann', role: 'viewer', password: 'purple elephant dance' });
    expect(user.email).toBe('ann@example.org');
    expect(user.passwordHash).toMatch(/^\$argon2id\$/);
    const audit = await database.db.select().from(auditEvents).where(eq(auditEvents.entityId, user.id));
    expect(audit).toHaveLength(1);
    expect(JSON.stringify(audit)).not.toContain('purple elephant');
  });

  it('refuses a second account with the same email in any letter case', async () => {
    await expect(createUser(database.db, actor, { email: 'ANN@example.org', name: 'Ann 2', role: 'viewer' })).rejects.toBeInstanceOf(UserInputError);
  });

  it('requires a board for board roles and refuses one for network roles', async () => {
    await expect(createUser(database.db, actor, { email: 'b@example.org', name: 'B', role: 'board-manager' })).rejects.toThrow(/board/);
    await expect(
      createUser(database.db, actor, { email: 'c@example.org', name: 'C', role: 'viewer', boardId: '00000000-0000-4000-8000-000000000001' }),
    ).rejects.toThrow(/board/);
  });

  it('applies NCSC password rules: length and deny-list, not composition', () => {
    expect(passwordProblem('short')).toMatch(/at least 10/);
    expect(passwordProblem('password123')).toMatch(/too common/);
    expect(passwordProblem('aaaaaaaaaaaa')).toMatch(/too common/);
    expect(passwordProblem('kettle river pencil')).toBeNull();
    expect(passwordProblem('jane.doe.rocks.2026', { email: 'jane.doe@example.org' })).toMatch(/email/);
  });
});

describe('signing in', () => {
  it('accepts the right password and rejects a wrong one the same way as an unknown account', async () => {
    await createUser(database.db, actor, { email: 'sam@example.org', name: 'Sam', role: 'network-coordinator', password: 'orange tiger lamp' });
    const good = await signIn(database.db, 'SAM@example.org', 'orange tiger lamp', '127.0.0.1');
    expect(good.ok && good.principal.roles).toEqual([{ role: 'network-coordinator', boardId: null }]);
    expect(await signIn(database.db, 'sam@example.org', 'wrong', null)).toEqual({ ok: false, reason: 'invalid' });
    expect(await signIn(database.db, 'nobody@example.org', 'wrong', null)).toEqual({ ok: false, reason: 'invalid' });
  });

  it('locks an account after five failures, even against the right password', async () => {
    await createUser(database.db, actor, { email: 'lock@example.org', name: 'Lock', role: 'viewer', password: 'green window chair' });
    for (let i = 0; i < 5; i++) await signIn(database.db, 'lock@example.org', `wrong ${i}`, null);
    expect(await signIn(database.db, 'lock@example.org', 'green window chair', null)).toMatchObject({ ok: false, reason: 'locked' });
  });
});

describe('sessions', () => {
  const policy = { idleMinutes: 30, absoluteHours: 8 };

  it('finds a live session and stores only the hash of its token', async () => {
    const { token } = await createSession(database.db, null, policy);
    expect(await findSession(database.db, token, policy)).not.toBeNull();
    const [row] = await database.db.select().from(sessions).where(eq(sessions.idHash, tokenHash(token)));
    expect(row?.idHash).not.toBe(token);
  });

  it('ends a session idle for longer than the idle timeout', async () => {
    const { token } = await createSession(database.db, null, policy);
    await database.db
      .update(sessions)
      .set({ lastSeenAt: new Date(Date.now() - 31 * 60_000) })
      .where(eq(sessions.idHash, tokenHash(token)));
    expect(await findSession(database.db, token, policy)).toBeNull();
  });

  it('ends a session past its absolute lifetime however active', async () => {
    const { token } = await createSession(database.db, null, policy);
    await database.db.update(sessions).set({ expiresAt: new Date(Date.now() - 1000) }).where(eq(sessions.idHash, tokenHash(token)));
    expect(await findSession(database.db, token, policy)).toBeNull();
  });
});

describe('invitations', () => {
  it('emails a link through the outbox; the invited person sets a password once and can sign in', async () => {
    const { link } = await inviteUser(
      database.db,
      actor,
      { email: 'new@example.org', name: 'New Person', role: 'viewer' },
      { publicUrl: 'https://hub.example.org', inviterName: 'Morgan' },
    );
    const outbox = await listOutbox(database.db, { kind: 'invitation', limit: 10, offset: 0 });
    expect(outbox.rows.find((m) => m.to === 'new@example.org')?.text).toContain(link);
    const token = link.split('/').pop()!;
    await acceptInvitation(database.db, token, 'blue harbour violin');
    expect((await signIn(database.db, 'new@example.org', 'blue harbour violin', null)).ok).toBe(true);
    await expect(acceptInvitation(database.db, token, 'another good phrase')).rejects.toThrow(/expired or has already been used/);
  });
});
