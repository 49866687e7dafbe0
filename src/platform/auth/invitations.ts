import { and, eq, gt, isNull } from 'drizzle-orm';
import type { Queryable } from '../db/types.ts';
import { recordAudit, type Actor } from '../audit/service.ts';
import { enqueueEmail } from '../mail/service.ts';
import { invitations, users } from './schema.ts';
import { createUser, setPassword, UserInputError, type NewUser } from './users.ts';
import { newToken, tokenHash } from './sessions.ts';

const validDays = 14;

/** Creates the account without a password and emails a link to choose one. */
export async function inviteUser(
  db: Queryable,
  actor: Actor,
  input: Omit<NewUser, 'password'>,
  opts: { publicUrl: string; inviterName: string },
) {
  const user = await createUser(db, actor, input);
  const token = newToken();
  await db.insert(invitations).values({
    tokenHash: tokenHash(token),
    userId: user.id,
    invitedBy: actor.userId,
    expiresAt: new Date(Date.now() + validDays * 86_400_000),
  });
  const link = `${opts.publicUrl}/invitations/${token}`;
  await enqueueEmail(db, {
    to: user.email,
    kind: 'invitation',
    subject: 'You have been invited to Safeguarding Hub',
    text: [
      `Dear ${user.name},`,
      '',
      `${opts.inviterName} has invited you to Safeguarding Hub, the platform of London's safeguarding children boards.`,
      '',
      `Choose your password here (the link works for ${validDays} days):`,
      link,
      '',
      'If you were not expecting this, you can ignore this email.',
    ].join('\n'),
  });
  return { user, link };
}

export async function findInvitation(db: Queryable, token: string) {
  const [row] = await db
    .select({ invitation: invitations, user: users })
    .from(invitations)
    .innerJoin(users, eq(users.id, invitations.userId))
    .where(
      and(eq(invitations.tokenHash, tokenHash(token)), isNull(invitations.acceptedAt), gt(invitations.expiresAt, new Date())),
    );
  return row ?? null;
}

export async function acceptInvitation(db: Queryable, token: string, password: string) {
  const found = await findInvitation(db, token);
  if (!found) throw new UserInputError('This invitation link has expired or has already been used', 'token');
  const actor: Actor = { userId: found.user.id, label: found.user.name };
  await setPassword(db, actor, found.user.id, password);
  await db.update(invitations).set({ acceptedAt: new Date() }).where(eq(invitations.id, found.invitation.id));
  await recordAudit(db, actor, {
    action: 'update',
    entity: 'invitation',
    entityId: found.invitation.id,
    summary: `${found.user.email} accepted their invitation`,
  });
  return found.user;
}
