import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { signIn } from './users.ts';
import { acceptInvitation, findInvitation } from './invitations.ts';
import { UserInputError } from './users.ts';
import { passwordProblem } from './passwords.ts';
import { endSession, startSession } from '../http/session.ts';
import { singleError } from '../http/forms.ts';
import { recordAudit } from '../audit/service.ts';

const view = (name: string) => `platform/auth/views/${name}`;

/** Only same-site paths: an open redirect after sign-in would help phishing. */
export const safeNext = (next: unknown): string =>
  typeof next === 'string' && /^\/(?![/\\])/.test(next) && !next.startsWith('/sign-in') ? next : '/';

const signInForm = z.object({ email: z.string().trim().max(320).default(''), password: z.string().max(1024).default(''), next: z.string().optional() });

const open = { config: { public: true } };

export async function authRoutes(app: FastifyInstance) {
  app.get('/sign-in', open, async (request, reply) => {
    const { next } = z.object({ next: z.string().optional() }).parse(request.query);
    if (request.principal) return reply.redirect(safeNext(next));
    return reply.page(view('sign-in.njk'), { title: 'Sign in', next: safeNext(next), values: {} });
  });

  app.post('/sign-in', { config: { public: true, rateLimit: { max: 30, timeWindow: '1 minute' } } }, async (request, reply) => {
    const form = signInForm.parse(request.body ?? {});
    const next = safeNext(form.next);
    const values = { email: form.email };
    if (!form.email || !form.password) {
      const errors = singleError(form.email ? 'password' : 'email', form.email ? 'Enter your password' : 'Enter your email address');
      return reply.code(400).page(view('sign-in.njk'), { title: 'Sign in', errors, values, next });
    }
    const result = await app.db.transaction((tx) => signIn(tx, form.email, form.password, request.ip));
    if (!result.ok) {
      const message =
        result.reason === 'locked'
          ? `Too many failed attempts for this account. Wait ${result.minutes} minutes, then try again.`
          : 'Enter a correct email address and password';
      return reply
        .code(result.reason === 'locked' ? 429 : 401)
        .page(view('sign-in.njk'), { title: 'Sign in', errors: singleError('email', message), values, next });
    }
    await startSession(app, request, reply, result.principal);
    await recordAudit(app.db, { userId: result.principal.userId, label: result.principal.name }, {
      action: 'sign-in',
      entity: 'session',
      entityId: result.principal.userId,
      summary: `${result.principal.email} signed in`,
    });
    return reply.redirect(next, 303);
  });

  app.post('/sign-out', open, async (request, reply) => {
    await endSession(app, request, reply);
    return reply.redirect('/sign-in?signedOut=1', 303);
  });

  app.get('/invitations/:token', open, async (request, reply) => {
    const { token } = z.object({ token: z.string().max(100) }).parse(request.params);
    const found = await findInvitation(app.db, token);
    if (!found) return reply.code(404).page(view('invitation-expired.njk'), { title: 'This invitation has expired' });
    return reply.page(view('invitation.njk'), { title: 'Choose your password', invited: found.user, token });
  });

  app.post('/invitations/:token', open, async (request, reply) => {
    const { token } = z.object({ token: z.string().max(100) }).parse(request.params);
    const { password } = z.object({ password: z.string().max(1024).default('') }).parse(request.body ?? {});
    const found = await findInvitation(app.db, token);
    if (!found) return reply.code(404).page(view('invitation-expired.njk'), { title: 'This invitation has expired' });
    const problem = passwordProblem(password, found.user);
    if (problem) {
      return reply
        .code(400)
        .page(view('invitation.njk'), { title: 'Choose your password', invited: found.user, token, errors: singleError('password', problem) });
    }
    try {
      await app.db.transaction((tx) => acceptInvitation(tx, token, password));
    } catch (e) {
      if (e instanceof UserInputError) {
        return reply.code(400).page(view('invitation-expired.njk'), { title: 'This invitation has expired' });
      }
      throw e;
    }
    return reply.redirect('/sign-in?invited=1', 303);
  });
}
