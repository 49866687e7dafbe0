import type { FastifyInstance, FastifyReply } from 'fastify';
import { z } from 'zod';
import { requireCan, requireSignIn } from '../../platform/http/session.ts';
import { parseForm, type FieldErrors } from '../../platform/http/forms.ts';
import { sendDownload } from '../../platform/export/index.ts';
import { groupKinds, membershipRoles } from './schema.ts';
import * as network from './service.ts';

const view = (name: string) => `modules/network/views/${name}`;
const slugParam = z.object({ slug: z.string().max(100) });
const edit = { preHandler: requireCan('directory:edit') };
const kindItems = groupKinds.map((k) => ({ value: k, text: network.groupKindLabels[k] }));
const roleItems = membershipRoles.map((r) => ({ value: r, text: network.membershipRoleLabels[r] }));

export async function groupRoutes(app: FastifyInstance) {
  app.get('/network/groups', { preHandler: requireSignIn }, async (_request, reply) => {
    const groups = await network.listGroups(app.db);
    return reply.page(view('groups.njk'), {
      title: 'Groups',
      groups: groups.map((g) => ({ ...g, kindLabel: network.groupKindLabels[g.kind] })),
    });
  });

  const groupForm = (reply: FastifyReply, values: unknown, errors?: FieldErrors, slug?: string) =>
    reply.code(errors ? 400 : 200).page(view('group-form.njk'), { title: slug ? 'Edit group' : 'Create a group', values, errors, slug, kindItems });

  app.get('/network/groups/new', edit, async (_request, reply) => groupForm(reply, {}));
  app.post('/network/groups/new', edit, async (request, reply) => {
    const form = parseForm(network.groupInput, request.body);
    if (!form.ok) return groupForm(reply, request.body, form.errors);
    const group = await app.db.transaction((tx) => network.createGroup(tx, request.actor, form.value));
    await reply.flash('success', `Group ${group.name} created`);
    return reply.redirect(`/network/groups/${group.slug}`, 303);
  });

  const memberPage = async (reply: FastifyReply, slug: string, errors?: FieldErrors, values: unknown = {}) => {
    const group = await network.getGroup(app.db, slug);
    if (!group) return reply.callNotFound();
    const everyone = await network.listPeople(app.db, { limit: 2000 });
    return reply.code(errors ? 400 : 200).page(view('group.njk'), {
      title: group.name,
      group: { ...group, kindLabel: network.groupKindLabels[group.kind] },
      members: group.members.map((m) => ({ ...m, roleLabel: network.membershipRoleLabels[m.role] })),
      personItems: [{ value: '', text: 'Choose a person' }, ...everyone.rows.map((p) => ({ value: p.id, text: p.organisationName ? `${p.name} (${p.organisationName})` : p.name }))],
      roleItems,
      errors,
      values,
    });
  };

  app.get('/network/groups/:slug', { preHandler: requireSignIn }, async (request, reply) => {
    const { slug } = slugParam.parse(request.params);
    const { format } = z.object({ format: z.enum(['csv', 'xlsx']).optional() }).parse(request.query);
    if (format) {
      const group = await network.getGroup(app.db, slug);
      if (!group) return reply.callNotFound();
      return sendDownload(reply, {
        filename: `${group.slug}-members`,
        format,
        columns: [
          { key: 'name', header: 'Name' },
          { key: 'roleLabel', header: 'Role' },
          { key: 'organisationName', header: 'Organisation' },
          { key: 'email', header: 'Email' },
        ],
        rows: group.members.map((m) => ({ ...m, roleLabel: network.membershipRoleLabels[m.role] })),
      });
    }
    return memberPage(reply, slug);
  });

  app.get('/network/groups/:slug/edit', edit, async (request, reply) => {
    const { slug } = slugParam.parse(request.params);
    const group = await network.getGroup(app.db, slug);
    if (!group) return reply.callNotFound();
    return groupForm(reply, group, undefined, slug);
  });
  app.post('/network/groups/:slug/edit', edit, async (request, reply) => {
    const { slug } = slugParam.parse(request.params);
    const group = await network.getGroup(app.db, slug);
    if (!group) return reply.callNotFound();
    const form = parseForm(network.groupInput, request.body);
    if (!form.ok) return groupForm(reply, request.body, form.errors, slug);
    await app.db.transaction((tx) => network.updateGroup(tx, request.actor, group.id, form.value));
    await reply.flash('success', 'Group updated');
    return reply.redirect(`/network/groups/${slug}`, 303);
  });

  app.post('/network/groups/:slug/members', edit, async (request, reply) => {
    const { slug } = slugParam.parse(request.params);
    const group = await network.getGroup(app.db, slug);
    if (!group) return reply.callNotFound();
    const form = parseForm(network.membershipInput, request.body);
    if (!form.ok) return memberPage(reply, slug, form.errors, request.body);
    if (!(await network.getPerson(app.db, form.value.personId))) return reply.callNotFound();
    await app.db.transaction((tx) => network.setMembership(tx, request.actor, group.id, form.value));
    await reply.flash('success', 'Membership saved');
    return reply.redirect(`/network/groups/${slug}`, 303);
  });

  app.post('/network/groups/:slug/members/:personId/remove', edit, async (request, reply) => {
    const { slug, personId } = z.object({ slug: z.string().max(100), personId: z.string().uuid() }).parse(request.params);
    const group = await network.getGroup(app.db, slug);
    if (!group) return reply.callNotFound();
    await app.db.transaction((tx) => network.removeMembership(tx, request.actor, group.id, personId));
    await reply.flash('success', 'Removed from the group');
    return reply.redirect(`/network/groups/${slug}`, 303);
  });
}
