import type { SecurityFixture } from './fixture.ts';

/**
 * Who may use each route, declared by hand from the permission model (not read from the
 * code under test). Every route the app registers must appear here: a new route fails the
 * access matrix until someone decides who may use it.
 *
 * - public: anyone, signed in or not
 * - signed-in: every signed-in role
 * - central: the network's coordinators and administrators (network:manage, directory:edit)
 * - admin: network administrators only (users, audit, outbox)
 * - board-read / board-edit: a board's own material, probed twice: on board A's thing
 *   (A's members read, A's manager edits) and on board B's (only the central team)
 */
export type Access = 'public' | 'signed-in' | 'central' | 'admin' | 'board-read' | 'board-edit';

export interface Rule {
  access: Access;
  /** Builds the URL for one side (A or B); default: fill parameters by name from the fixture. */
  url?: (fx: SecurityFixture, side: 'A' | 'B') => string;
  /** Probed only signed out, with the reason (e.g. it would end the matrix's own session). */
  signedOutOnly?: string;
}

const r = (access: Access, extra: Omit<Rule, 'access'> = {}): Rule => ({ access, ...extra });
const pub = r('public');
const signedIn = r('signed-in');
const central = r('central');
const admin = r('admin');

type Side = 'A' | 'B';
const project = (suffix = '') => ({
  url: (fx: SecurityFixture, side: Side) =>
    `/projects/${fx.project[side].slug}${suffix
      .replace(':number', String(fx.risk[side]))
      .replace('/phases/:id', `/phases/${fx.phase[side]}`)
      .replace('/milestones/:id', `/milestones/${fx.milestone[side]}`)}`,
});
const apiProject = (suffix = '') => ({
  url: (fx: SecurityFixture, side: Side) =>
    `/api/v1/risks/projects/${fx.project[side].slug}${suffix.replace(':number', String(fx.risk[side]))}`,
});
const learning = (thing: 'review' | 'recommendation' | 'example', prefix: string, suffix = '') => ({
  url: (fx: SecurityFixture, side: Side) => `${prefix}/${fx[thing][side]}${suffix}`,
});
const ret = (suffix = '') => ({
  url: (fx: SecurityFixture, side: 'A' | 'B') =>
    `/collections/${fx.collectionId}/returns/${fx[side === 'A' ? 'boardA' : 'boardB'].code}${suffix}`,
});
const doc = (suffix = '') => ({
  url: (fx: SecurityFixture, side: 'A' | 'B') => `/documents/${fx.document[side]}${suffix}`,
});

export const accessRules: Record<string, Rule> = {
  'GET /health': pub,
  'GET /build/*': r('public', { url: () => '/build/app.css' }),
  'GET /scripts/*': r('public', { url: () => '/scripts/none.js' }),
  'GET /api/v1/openapi.json': pub,
  'GET /': pub,
  'GET /accessibility': pub,
  'GET /privacy': pub,
  'GET /sign-in': pub,
  'POST /sign-in': r('public', {
    signedOutOnly: 'signing in again would replace the session the matrix uses',
  }),
  'POST /sign-out': r('public', { signedOutOnly: 'it would end the session the matrix uses' }),
  'GET /invitations/:token': pub,
  'POST /invitations/:token': pub,
  // Calendar feeds are public by design: the unguessable token in the URL is the credential.
  'GET /calendar/:token/groups/:slug.ics': pub,
  'GET /calendar/:token/people/:personId.ics': pub,
  'GET /projects/:slug': r('public', project()),
  'GET /projects/:slug/documents/:documentId': r('public', {
    url: (fx, side) => `/projects/${fx.project[side].slug}/documents/${fx.document[side]}`,
  }),

  'GET /account': signedIn,
  'POST /account/tokens': signedIn,
  'POST /account/tokens/:id/revoke': signedIn,

  'GET /admin': admin,
  'GET /admin/users': admin,
  'GET /admin/users/invite': admin,
  'POST /admin/users/invite': admin,
  'POST /admin/users/:id/disable': r('admin', { url: (fx) => `/admin/users/${fx.userB}/disable` }),
  'GET /admin/audit': admin,
  'GET /admin/outbox': admin,

  'GET /network': signedIn,
  'GET /network/boards': signedIn,
  'GET /network/boards/:code': signedIn,
  'GET /network/boards/:code/edit': central,
  'POST /network/boards/:code/edit': central,
  'GET /network/areas': signedIn,
  'GET /network/people': signedIn,
  'GET /network/people/new': central,
  'POST /network/people/new': central,
  'GET /network/people/:id': signedIn,
  'GET /network/people/:id/edit': central,
  'POST /network/people/:id/edit': central,
  'GET /network/organisations': signedIn,
  'GET /network/organisations/new': central,
  'POST /network/organisations/new': central,
  'GET /network/organisations/:id/edit': central,
  'POST /network/organisations/:id/edit': central,
  'GET /network/groups': signedIn,
  'GET /network/groups/new': central,
  'POST /network/groups/new': central,
  'GET /network/groups/:slug': signedIn,
  'GET /network/groups/:slug/edit': central,
  'POST /network/groups/:slug/edit': central,
  'POST /network/groups/:slug/members': central,
  'POST /network/groups/:slug/members/:personId/remove': central,
  'GET /api/v1/network/areas': signedIn,
  'GET /api/v1/network/boards': signedIn,
  'GET /api/v1/network/groups': signedIn,
  'GET /api/v1/network/people': signedIn,

  'GET /meetings': signedIn,
  'GET /meetings/groups/:slug': signedIn,
  'GET /meetings/groups/:slug/new': central,
  'POST /meetings/groups/:slug/new': central,
  'GET /meetings/:id': signedIn,
  'GET /meetings/:id/edit': central,
  'POST /meetings/:id/edit': central,
  'POST /meetings/:id/attendance': central,
  'POST /meetings/:id/items': central,
  'POST /meetings/:id/actions': central,
  'GET /meetings/groups/:slug/actions': signedIn,
  'GET /meetings/my-actions': signedIn,
  'GET /meetings/overdue': signedIn,
  'GET /meetings/actions/:id': signedIn,
  // An action's owner (or the central team) updates it; none of the matrix's board users owns one.
  'POST /meetings/actions/:id/status': central,
  'GET /meetings/import': central,
  'POST /meetings/import': central,
  'GET /meetings/import/:draft': central,
  'POST /meetings/import/:draft': central,
  'GET /meetings/calendar': signedIn,
  'POST /meetings/calendar/token': signedIn,
  'POST /meetings/calendar/revoke': signedIn,
  'GET /meetings/:id/minutes': signedIn,
  'GET /meetings/:id/agenda': signedIn,
  'GET /meetings/:id/minutes.docx': signedIn,
  'GET /api/v1/meetings/:id': signedIn,
  'GET /meetings/:id/delete': central,
  'POST /meetings/:id/delete': central,
  'GET /meetings/:id/items/new': central,
  'GET /meetings/items/:id/edit': central,
  'POST /meetings/items/:id/edit': central,
  'GET /meetings/items/:id/delete': central,
  'POST /meetings/items/:id/delete': central,
  'GET /meetings/:id/attendance/new': central,
  'GET /meetings/attendance/:id/edit': central,
  'POST /meetings/attendance/:id/edit': central,
  'GET /meetings/attendance/:id/delete': central,
  'POST /meetings/attendance/:id/delete': central,
  'GET /meetings/:id/actions/new': central,
  'GET /meetings/actions/:id/edit': central,
  'POST /meetings/actions/:id/edit': central,
  'GET /meetings/actions/:id/delete': central,
  'POST /meetings/actions/:id/delete': central,

  'GET /statistics': signedIn,
  'GET /statistics/area': signedIn,
  'GET /statistics/datasets/:name': signedIn,
  'GET /statistics/areas/:code': signedIn,
  'GET /statistics/datasets/:name/measures/:measure': signedIn,
  'POST /statistics/datasets/:name/measures/:measure/polarity': central,
  'GET /statistics/import': central,
  'POST /statistics/import': central,
  'GET /statistics/neighbours': central,
  'POST /statistics/neighbours': central,
  'GET /statistics/groups': signedIn,
  'GET /statistics/groups/new': central,
  'POST /statistics/groups/new': central,
  'POST /statistics/groups/:id/delete': central,
  'GET /api/v1/statistics/datasets': signedIn,
  'GET /api/v1/statistics/datasets/:name': signedIn,
  'GET /api/v1/statistics/value': signedIn,
  'GET /api/v1/statistics/benchmark': signedIn,
  'GET /api/v1/statistics/areas/:code': signedIn,

  'GET /learning': signedIn,
  'GET /learning/search': signedIn,
  'GET /learning/reviews': signedIn,
  // Board managers record their own board's reviews; the form offers only boards they edit.
  'GET /learning/reviews/new': r('signed-in'),
  'POST /learning/reviews/new': r('signed-in'),
  'GET /learning/reviews/:id': r('board-read', learning('review', '/learning/reviews')),
  'GET /learning/reviews/:id/edit': r('board-edit', learning('review', '/learning/reviews', '/edit')),
  'POST /learning/reviews/:id/edit': r('board-edit', learning('review', '/learning/reviews', '/edit')),
  'GET /learning/reviews/:id/recommendations/new': r(
    'board-edit',
    learning('review', '/learning/reviews', '/recommendations/new'),
  ),
  'POST /learning/reviews/:id/recommendations/new': r(
    'board-edit',
    learning('review', '/learning/reviews', '/recommendations/new'),
  ),
  // A recommendation is as private as its review: these reviews are unpublished.
  'GET /learning/recommendations/:id': r(
    'board-read',
    learning('recommendation', '/learning/recommendations'),
  ),
  'GET /learning/recommendations/:id/edit': r(
    'board-edit',
    learning('recommendation', '/learning/recommendations', '/edit'),
  ),
  'POST /learning/recommendations/:id/edit': r(
    'board-edit',
    learning('recommendation', '/learning/recommendations', '/edit'),
  ),
  'GET /learning/recommendations/:id/evidence/new': r(
    'board-edit',
    learning('recommendation', '/learning/recommendations', '/evidence/new'),
  ),
  'POST /learning/recommendations/:id/evidence/new': r(
    'board-edit',
    learning('recommendation', '/learning/recommendations', '/evidence/new'),
  ),
  'GET /learning/examples': signedIn,
  'GET /learning/examples/new': signedIn,
  'POST /learning/examples/new': signedIn,
  'GET /learning/examples/:id': r('signed-in', learning('example', '/learning/examples')),
  'GET /learning/examples/:id/edit': r('board-edit', learning('example', '/learning/examples', '/edit')),
  'POST /learning/examples/:id/edit': r('board-edit', learning('example', '/learning/examples', '/edit')),
  'GET /learning/register': signedIn,
  'GET /learning/register/new': central,
  'POST /learning/register/new': central,
  'GET /learning/register/:id/edit': central,
  'POST /learning/register/:id/edit': central,
  'GET /learning/themes': signedIn,
  'GET /learning/themes/new': central,
  'POST /learning/themes/new': central,
  'GET /learning/themes/:id/edit': central,
  'POST /learning/themes/:id/edit': central,
  'GET /learning/trends': signedIn,
  'GET /api/v1/learning/themes': signedIn,
  'GET /api/v1/learning/reviews': signedIn,
  'GET /api/v1/learning/reviews/:id': r('board-read', learning('review', '/api/v1/learning/reviews')),
  'GET /api/v1/learning/recommendations/:id': r(
    'board-read',
    learning('recommendation', '/api/v1/learning/recommendations'),
  ),
  'GET /api/v1/learning/examples': signedIn,
  'GET /api/v1/learning/reviewers': signedIn,
  'GET /api/v1/learning/trends': signedIn,
  'GET /api/v1/learning/search': signedIn,

  'GET /documents/new': r('board-edit', {
    url: (fx, side) => `/documents/new?kind=project&id=${fx.project[side].id}`,
  }),
  'POST /documents/new': r('board-edit', {
    url: (fx, side) => `/documents/new?kind=project&id=${fx.project[side].id}`,
  }),
  'GET /documents/:id': r('board-read', doc()),
  'POST /documents/:id/edit': r('board-edit', doc('/edit')),
  'POST /documents/:id/versions': r('board-edit', doc('/versions')),
  'GET /documents/:id/download': r('board-read', doc('/download')),
  'GET /documents/:id/delete': r('board-edit', doc('/delete')),
  // A real deletion when allowed: probed on documents kept for it, so the others stay for every other probe.
  'POST /documents/:id/delete': r('board-edit', {
    url: (fx, side) => `/documents/${fx.disposableDocument[side]}/delete`,
  }),
  'GET /api/v1/documents': r('board-read', {
    url: (fx, side) => `/api/v1/documents?kind=project&id=${fx.project[side].id}`,
  }),
  'GET /api/v1/documents/:id': r('board-read', {
    url: (fx, side) => `/api/v1/documents/${fx.document[side]}`,
  }),

  'GET /projects': signedIn,
  'GET /projects/new': central,
  'POST /projects/new': central,
  'GET /projects/:slug/edit': r('board-edit', project('/edit')),
  'POST /projects/:slug/edit': r('board-edit', project('/edit')),
  'GET /projects/:slug/plan': r('board-read', project('/plan')),
  'GET /projects/:slug/bands': r('board-edit', project('/bands')),
  'POST /projects/:slug/bands': r('board-edit', project('/bands')),
  'GET /projects/:slug/phases/new': r('board-edit', project('/phases/new')),
  'POST /projects/:slug/phases/new': r('board-edit', project('/phases/new')),
  'GET /projects/:slug/phases/:id/edit': r('board-edit', project('/phases/:id/edit')),
  'POST /projects/:slug/phases/:id/edit': r('board-edit', project('/phases/:id/edit')),
  'GET /projects/:slug/milestones/new': r('board-edit', project('/milestones/new')),
  'POST /projects/:slug/milestones/new': r('board-edit', project('/milestones/new')),
  'GET /projects/:slug/milestones/:id/edit': r('board-edit', project('/milestones/:id/edit')),
  'POST /projects/:slug/milestones/:id/edit': r('board-edit', project('/milestones/:id/edit')),
  'GET /projects/:slug/risks': r('board-read', project('/risks')),
  'GET /projects/:slug/risks/new': r('board-edit', project('/risks/new')),
  'POST /projects/:slug/risks/new': r('board-edit', project('/risks/new')),
  'GET /projects/:slug/risks/:number': r('board-read', project('/risks/:number')),
  'GET /projects/:slug/risks/:number/edit': r('board-edit', project('/risks/:number/edit')),
  'POST /projects/:slug/risks/:number/edit': r('board-edit', project('/risks/:number/edit')),
  'GET /projects/reviews-due': signedIn,
  'GET /api/v1/risks/projects': signedIn,
  'GET /api/v1/risks/projects/:slug': r('board-read', apiProject()),
  'GET /api/v1/risks/projects/:slug/risks': r('board-read', apiProject('/risks')),
  'POST /api/v1/risks/projects/:slug/risks': r('board-edit', apiProject('/risks')),
  'GET /api/v1/risks/projects/:slug/risks/:number': r('board-read', apiProject('/risks/:number')),
  'GET /api/v1/risks/projects/:slug/heat-map': r('board-read', apiProject('/heat-map')),
  'GET /api/v1/risks/reviews-due': signedIn,

  'GET /framework': signedIn,
  'GET /framework/versions/:number': signedIn,
  'POST /framework/versions/:number/draft': central,
  'POST /framework/versions/:number/status': central,
  'POST /framework/versions/:number/discard': central,
  'GET /framework/versions/:number/export': signedIn,
  'GET /framework/import': central,
  'POST /framework/import': central,
  'GET /framework/changes': signedIn,
  'GET /api/v1/framework/versions': signedIn,
  'GET /api/v1/framework/versions/:number': signedIn,
  'GET /framework/versions/:number/model': signedIn,
  'GET /framework/versions/:number/hierarchy': signedIn,
  'GET /framework/versions/:number/outcomes': signedIn,
  'GET /framework/versions/:number/indicators/:key': signedIn,
  'GET /framework/versions/:number/best-fit': signedIn,
  'GET /framework/versions/:number/new/:type': central,
  'POST /framework/versions/:number/new/:type': central,
  'GET /framework/versions/:number/elements/:id/edit': central,
  'POST /framework/versions/:number/elements/:id/edit': central,
  'GET /framework/versions/:number/elements/:id/remove': central,
  'POST /framework/versions/:number/elements/:id/remove': central,
  'GET /framework/versions/:number/elements/:id/comments': signedIn,
  'POST /framework/versions/:number/elements/:id/comments': signedIn,

  'GET /collections/forms': central,
  'GET /collections/forms/new': central,
  'POST /collections/forms/new': central,
  'GET /collections/forms/:formId': central,
  'GET /collections/forms/:formId/questions/new': central,
  'POST /collections/forms/:formId/questions/new': central,
  'GET /collections/forms/:formId/questions/:code': central,
  'POST /collections/forms/:formId/questions/:code': central,
  'POST /collections/forms/:formId/questions/:code/remove': central,
  'POST /collections/forms/:formId/sections/:index': central,
  'GET /collections': signedIn,
  'GET /collections/network': central,
  'GET /collections/new': central,
  'POST /collections/new': central,
  'GET /collections/:id/edit': central,
  'POST /collections/:id/edit': central,
  'GET /collections/:id': central,
  'GET /collections/:id/boards': central,
  'POST /collections/:id/status': central,
  'POST /collections/:id/rules': central,
  'POST /collections/:id/rules/:key/remove': central,
  'POST /collections/:id/remind/:board': r('central', {
    url: (fx, side) =>
      `/collections/${fx.collectionId}/remind/${side === 'A' ? fx.boardA.code : fx.boardB.code}`,
  }),
  'GET /collections/pilots': signedIn,
  'POST /collections/pilots': signedIn,
  'GET /collections/:id/returns/:board': r('board-read', ret()),
  'POST /collections/:id/returns/:board': r('board-edit', ret()),
  'POST /collections/:id/returns/:board/submit': r('board-edit', ret('/submit')),
  // Accepting or returning a return is the central team's, whichever board it is.
  'POST /collections/:id/returns/:board/review': r('central', ret('/review')),
  'GET /collections/:id/returns/:board/template.xlsx': r('board-read', ret('/template.xlsx')),
  'POST /collections/:id/returns/:board/upload': r('board-edit', ret('/upload')),
  // Results stay with the central team until the collection's results are published.
  'GET /collections/:id/results': central,
  'GET /collections/:id/results.docx': central,
  'GET /api/v1/collections': central,
  'GET /api/v1/collections/:id/completeness': central,
};
