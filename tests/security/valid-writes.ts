import fs from 'node:fs';
import { sql } from 'drizzle-orm';
import { createApiToken } from '../../src/platform/auth/api-tokens.ts';
import { inviteUser } from '../../src/platform/auth/invitations.ts';
import { queryRows } from '../../src/platform/db/count.ts';
import { genuineDocx } from '../../src/platform/files/document-fixtures.ts';
import { defaultFramework } from '../../src/modules/framework/content/index.ts';
import { itemId } from '../../src/modules/framework/elements.ts';
import * as framework from '../../src/modules/framework/service.ts';
import { frameworkToXlsx } from '../../src/modules/framework/xlsx.ts';
import { createGroup } from '../../src/modules/statistics/service.ts';
import { dfePath } from '../../src/modules/statistics/test-support.ts';
import { sharedPath } from '../support/shared.ts';
import { firstValue, type Role, type SecurityFixture } from './fixture.ts';
import {
  actor,
  collectionFields,
  db,
  draftCollection,
  draftForm,
  filledTemplate,
  frameworkOutcomes,
  openFrameworkVersion,
  someAction,
  someAttendance,
  someItem,
  someMeeting,
  userIdOf,
  type Fields,
} from './write-setup.ts';

export type { Fields };

type Values = Record<string, string>;

/**
 * Input a person would send that a writing route accepts, so the audit check sees a real
 * write, not only a refusal. `url` and `fields` may set up what the route needs first (a
 * draft form, an open framework version) through the services: that setup happens before
 * the check starts watching, so only the route's own writes count.
 */
export interface ValidWrite {
  as: Role;
  url?: (fx: SecurityFixture, v: Values) => string | Promise<string>;
  /** Left out: taken from the page's form, as a person would send it. */
  fields?: Fields | ((fx: SecurityFixture, v: Values) => Fields | Promise<Fields>);
  /** With `fields` left out: what the person changes in the page's form before sending it. */
  fromPage?: (pageFields: Fields) => Fields;
  /** Sent as multipart/form-data with this file, the CSRF token in the query string as the upload forms do. */
  file?: (fx: SecurityFixture) => Promise<{ name: string; content: Buffer }>;
  /**
   * Accepted, but what it keeps is a draft (bookkeeping) for the person to check; the audited
   * write is the next step's. Checked for acceptance (a 303 to the next step) instead.
   */
  keepsDraftOnly?: string;
}

const PDF = Buffer.from('%PDF-1.7\n% audit coverage paper\n%%EOF\n');

/**
 * An item, attendance entry or action of the latest meeting, as it is now (deleting a meeting,
 * probed earlier, takes its own with it), changed or deleted through its page's form.
 */
const ofLatestMeeting = (what: 'items' | 'attendance' | 'actions', step: 'edit' | 'delete'): ValidWrite => ({
  as: 'coordinator',
  url: async (fx) => {
    const pick = { items: someItem, attendance: someAttendance, actions: someAction }[what];
    return `/meetings/${what}/${await pick(fx)}/${step}`;
  },
});

export const validInput: Record<string, ValidWrite> = {
  'POST /account/tokens': { as: 'manager-A', fields: { name: 'Integration' } },
  'POST /account/tokens/:id/revoke': {
    as: 'manager-A',
    url: async (fx) => {
      const { id } = await createApiToken(db(fx), actor, await userIdOf(fx, 'manager-A'), 'To revoke');
      return `/account/tokens/${id}/revoke`;
    },
    fields: {},
  },
  // Public: the invited person chooses a password (the CSRF token is bound to whoever sends it).
  'POST /invitations/:token': {
    as: 'coordinator',
    url: async (fx) => {
      const { link } = await inviteUser(
        db(fx),
        actor,
        {
          email: `invited-${Date.now()}@example.org`,
          name: 'Invited Coverage',
          role: 'viewer',
          boardId: null,
        },
        { publicUrl: '', inviterName: 'Audit coverage' },
      );
      return link;
    },
    fields: { password: 'violet harbour engine meadow' },
  },
  'POST /network/people/new': {
    as: 'coordinator',
    fields: { name: 'Audit Coverage Person', email: 'acp@example.org' },
  },
  'POST /network/organisations/new': {
    as: 'coordinator',
    fields: { name: 'Audit Coverage Org', kind: 'local-authority' },
  },
  'POST /network/groups/new': {
    as: 'coordinator',
    fields: { name: 'Audit Coverage Group', kind: 'sub-group' },
  },
  'POST /network/groups/:slug/members': {
    as: 'coordinator',
    url: (_f, v) => `/network/groups/${v.group}/members`,
    fields: (_f, v) => ({ personId: v.person!, role: 'member' }),
  },

  'POST /projects/new': { as: 'coordinator', fields: { name: 'Audit coverage project', status: 'active' } },
  'POST /projects/:slug/risks/new': {
    as: 'manager-A',
    url: (f) => `/projects/${f.project.A.slug}/risks/new`,
    fields: {
      title: 'Coverage risk',
      event: 'Something happens',
      category: 'delivery',
      inherentLikelihood: '3',
      inherentImpact: '3',
      status: 'open',
    },
  },
  'POST /api/v1/risks/projects/:slug/risks': {
    as: 'manager-A',
    url: (f) => `/api/v1/risks/projects/${f.project.A.slug}/risks`,
    fields: {
      title: 'Risk from the API',
      event: 'A feed stops',
      category: 'delivery',
      inherentLikelihood: '2',
      inherentImpact: '4',
      status: 'open',
    },
  },
  'POST /projects/:slug/phases/new': {
    as: 'manager-A',
    url: (f) => `/projects/${f.project.A.slug}/phases/new`,
    fields: { name: 'Coverage phase', status: 'not-started' },
  },
  'POST /projects/:slug/milestones/new': {
    as: 'manager-A',
    url: (f) => `/projects/${f.project.A.slug}/milestones/new`,
    fields: { name: 'Coverage milestone', status: 'not-started' },
  },

  'POST /documents/new': {
    as: 'manager-A',
    url: (f) => `/documents/new?kind=project&id=${f.project.A.id}`,
    fields: { title: 'Coverage paper', published: 'yes' },
    file: async () => ({ name: 'coverage.pdf', content: PDF }),
  },
  'POST /documents/:id/edit': {
    as: 'manager-A',
    url: (f) => `/documents/${f.document.A}/edit`,
    fields: { title: 'Board A working paper (renamed)', description: 'Checked by the audit coverage test' },
  },
  'POST /documents/:id/versions': {
    as: 'manager-A',
    url: (f) => `/documents/${f.document.A}/versions`,
    fields: { note: 'Second draft' },
    file: async () => ({ name: 'second draft.docx', content: await genuineDocx() }),
  },

  'POST /learning/reviews/:id/recommendations/new': {
    as: 'manager-A',
    url: (f) => `/learning/reviews/${f.review.A}/recommendations/new`,
    fields: {
      text: 'Coverage recommendation',
      agency: 'Health',
      owner: 'Named nurse',
      status: 'not-started',
    },
  },
  'POST /learning/themes/new': { as: 'coordinator', fields: { name: 'Coverage theme' } },

  'POST /admin/users/invite': {
    as: 'admin',
    fields: { name: 'Invited Person', email: 'invited@example.org', role: 'viewer' },
  },
  'POST /admin/users/:id/disable': {
    as: 'admin',
    url: (f) => `/admin/users/${f.userB}/disable`,
    fields: { disabled: 'true' },
  },

  'POST /meetings/:id/items': {
    as: 'coordinator',
    url: async (fx) => `/meetings/${await someMeeting(fx)}/items`,
    fields: { number: '9', title: 'Any other business' },
  },
  'POST /meetings/:id/actions': {
    as: 'coordinator',
    url: async (fx) => `/meetings/${await someMeeting(fx)}/actions`,
    fields: { text: 'Circulate the paper' },
  },
  'POST /meetings/:id/attendance': {
    as: 'coordinator',
    url: async (fx) => `/meetings/${await someMeeting(fx)}/attendance`,
    fields: (_f, v) => ({ personId: v.person!, attendance: 'present', representing: '', role: '' }),
  },
  'POST /meetings/items/:id/edit': ofLatestMeeting('items', 'edit'),
  'POST /meetings/items/:id/delete': ofLatestMeeting('items', 'delete'),
  'POST /meetings/attendance/:id/edit': ofLatestMeeting('attendance', 'edit'),
  'POST /meetings/attendance/:id/delete': ofLatestMeeting('attendance', 'delete'),
  'POST /meetings/actions/:id/edit': ofLatestMeeting('actions', 'edit'),
  'POST /meetings/actions/:id/delete': ofLatestMeeting('actions', 'delete'),
  'POST /meetings/actions/:id/status': {
    as: 'coordinator',
    url: async (fx) => `/meetings/actions/${await someAction(fx)}/status`,
    fields: { status: 'open', note: 'Chased' },
  },
  'POST /meetings/calendar/token': { as: 'viewer', fields: {} },
  // The viewer's links, made by the route above (registered first).
  'POST /meetings/calendar/revoke': { as: 'viewer', fields: {} },
  'POST /meetings/import': {
    as: 'coordinator',
    fields: (fx) =>
      queryRows<{ id: string }>(db(fx), sql`select id from groups order by slug limit 1`).then((r) => ({
        groupId: r[0]!.id,
      })),
    file: async () => ({
      name: 'committee-inline.txt',
      content: fs.readFileSync(sharedPath('samples', 'minutes', 'committee-inline.txt')),
    }),
    keepsDraftOnly:
      'the parsed minutes wait in import_drafts until the person confirms them on the next page',
  },
  // The draft the import above kept: confirming it saves the meeting, with the people matched as the page suggests.
  'POST /meetings/import/:draft': {
    as: 'coordinator',
    url: async (fx) => {
      const userId = await userIdOf(fx, 'coordinator');
      return `/meetings/import/${await firstValue(fx.t, sql`select id as v from import_drafts where user_id = ${userId} order by created_at desc limit 1`)}`;
    },
    // The actions the minutes suggest are left unticked: the person keeps only the recorded ones.
    fromPage: (page) =>
      Object.fromEntries(Object.entries(page).filter(([name]) => !name.startsWith('suggest-'))),
  },

  'POST /statistics/groups/new': {
    as: 'coordinator',
    fields: { name: 'Coverage comparators', areaCodes: ['E09000007', 'E09000005'] },
  },
  'POST /statistics/groups/:id/delete': {
    as: 'coordinator',
    url: async (fx) => {
      const group = await createGroup(db(fx), actor, {
        name: `Coverage to delete ${Date.now()}`,
        areaCodes: ['E09000007', 'E09000005'],
      });
      return `/statistics/groups/${group.id}/delete`;
    },
    fields: {},
  },
  'POST /statistics/datasets/:name/measures/:measure/polarity': {
    as: 'coordinator',
    fields: async (fx, v) => {
      const current = await firstValue(
        fx.t,
        sql`select polarity as v from stat_measures where name = ${v.measure} limit 1`,
      );
      return { polarity: current === 'lower-better' ? 'higher-better' : 'lower-better' };
    },
  },
  'POST /statistics/import': {
    as: 'coordinator',
    fields: { dataset: 'audit coverage figures' },
    file: async () => ({
      name: 'coverage.csv',
      content: Buffer.from(
        'time_period,time_identifier,geographic_level,country_code,country_name,referrals\n2025,Reporting year,National,E92000001,England,1234\n',
      ),
    }),
  },
  'POST /statistics/neighbours': {
    as: 'coordinator',
    fields: {},
    file: async () => ({
      name: 'sn_model_2025_wide.csv',
      content: fs.readFileSync(dfePath('sn_model_2025_wide.csv')),
    }),
  },

  'POST /framework/versions/:number/new/:type': {
    as: 'coordinator',
    url: async (fx) => `/framework/versions/${(await openFrameworkVersion(fx)).number}/new/outcome`,
  },
  'POST /framework/versions/:number/status': {
    as: 'coordinator',
    url: async (fx) => `/framework/versions/${(await openFrameworkVersion(fx, 'draft')).number}/status`,
    fields: { status: 'consultation' },
  },
  'POST /framework/versions/:number/discard': {
    as: 'coordinator',
    url: async (fx) => `/framework/versions/${(await openFrameworkVersion(fx)).number}/discard`,
    fields: {},
  },
  // Only one version may be open: the import waits until none is.
  'POST /framework/import': {
    as: 'coordinator',
    url: async (fx) => {
      for (const v of await framework.listVersions(db(fx)))
        if (framework.isOpen(v.status)) await framework.discardDraft(db(fx), actor, v.number);
      return '/framework/import';
    },
    fields: {},
    file: async () => ({
      name: 'framework.xlsx',
      content: Buffer.from(await frameworkToXlsx(defaultFramework())),
    }),
  },
  'POST /framework/versions/:number/elements/:id/edit': {
    as: 'coordinator',
    url: async (fx) => {
      const { number, outcomes } = await frameworkOutcomes(fx);
      return `/framework/versions/${number}/elements/${encodeURIComponent(itemId(outcomes[0]!.key))}/edit`;
    },
  },
  'POST /framework/versions/:number/elements/:id/remove': {
    as: 'coordinator',
    url: async (fx) => {
      const { number, outcomes } = await frameworkOutcomes(fx);
      return `/framework/versions/${number}/elements/${encodeURIComponent(itemId(outcomes.at(-1)!.key))}/remove`;
    },
  },
  'POST /framework/versions/:number/elements/:id/comments': {
    as: 'viewer',
    url: async (fx) => {
      const { number, outcomes } = await frameworkOutcomes(fx, 'consultation');
      return `/framework/versions/${number}/elements/${encodeURIComponent(itemId(outcomes[0]!.key))}/comments`;
    },
    fields: { body: 'Our board cannot collect this figure quarterly.' },
  },

  'POST /collections/forms/new': { as: 'coordinator', fields: { name: 'Coverage form', start: 'blank' } },
  'POST /collections/forms/:formId/questions/new': {
    as: 'coordinator',
    url: async (fx) => `/collections/forms/${await draftForm(fx)}/questions/new`,
    fields: { section: '0', code: 'q_two', kind: 'number', label: 'How many more?', min: '0' },
  },
  'POST /collections/forms/:formId/questions/:code': {
    as: 'coordinator',
    url: async (fx) => `/collections/forms/${await draftForm(fx)}/questions/q_one`,
    fields: { section: '0', code: 'q_one', kind: 'number', label: 'How many, in all?', required: 'yes' },
  },
  'POST /collections/forms/:formId/questions/:code/remove': {
    as: 'coordinator',
    url: async (fx) => `/collections/forms/${await draftForm(fx)}/questions/q_one/remove`,
    fields: {},
  },
  'POST /collections/forms/:formId/sections/:index': {
    as: 'coordinator',
    url: async (fx) => `/collections/forms/${await draftForm(fx)}/sections/0`,
    fields: { title: 'Figures at 31 March', help: 'Counts on the day' },
  },
  'POST /collections/new': { as: 'coordinator', fields: (fx) => collectionFields(fx, 'Coverage collection') },
  'POST /collections/:id/edit': {
    as: 'coordinator',
    url: async (fx) => `/collections/${await draftCollection(fx)}/edit`,
    fields: (fx) => collectionFields(fx, 'Coverage collection, renamed'),
  },
  'POST /collections/:id/status': {
    as: 'coordinator',
    url: async (fx) => `/collections/${await draftCollection(fx)}/status`,
    fields: { action: 'open' },
  },
  'POST /collections/:id/rules': {
    as: 'coordinator',
    url: async (fx) => `/collections/${await draftCollection(fx)}/rules`,
    fields: {
      left: '{budget_total}',
      operator: '>=',
      right: '0',
      importance: 'low',
      message: 'The budget cannot be negative',
      missing: 'skip-if-any-missing',
    },
  },
  'POST /collections/:id/returns/:board': {
    as: 'manager-A',
    url: (f) => `/collections/${f.collectionId}/returns/${f.boardA.code}`,
    fields: { revision: '1', q_budget_total: '4321' },
  },
  'POST /collections/:id/returns/:board/submit': {
    as: 'manager-A',
    url: (f) => `/collections/${f.collectionId}/returns/${f.boardA.code}/submit`,
    fields: { revision: '2' },
  },
  // Board A's return, submitted by the route above (registered first): sent back, so the board may upload again.
  'POST /collections/:id/returns/:board/review': {
    as: 'coordinator',
    url: (f) => `/collections/${f.collectionId}/returns/${f.boardA.code}/review`,
    fields: { decision: 'return', comment: 'Please check the total against last year' },
  },
  'POST /collections/:id/returns/:board/upload': {
    as: 'manager-A',
    url: (f) => `/collections/${f.collectionId}/returns/${f.boardA.code}/upload`,
    fields: {},
    file: async (fx) => ({ name: 'return.xlsx', content: await filledTemplate(fx, 'budget_total', 5678) }),
  },
};
