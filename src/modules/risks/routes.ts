import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { registerAttachmentKind } from '../documents/service.ts';
import { projectRoutes } from './routes-projects.ts';
import { registerRoutes } from './routes-register.ts';
import { publicRoutes } from './routes-public.ts';
import { risksApi } from './routes-api.ts';
import { getProject, projectAccess } from './projects.ts';

/** Documents attached to a project follow the project's permissions. */
export function registerProjectAttachments(): void {
  registerAttachmentKind({
    kind: 'project',
    label: 'Project',
    resolve: async (db, principal, id) => {
      const project = await getProject(db, id);
      if (!project || project.id !== id) return null;
      return { ...projectAccess(principal, project), title: project.name, href: `/projects/${project.slug}/plan` };
    },
  });
}

/** Projects with their plans and risk registers, and their public pages. */
export const risksModule = fp(async (app: FastifyInstance) => {
  app.addNavigation({ href: '/projects', text: 'Projects', order: 60 });
  registerProjectAttachments();
  await app.register(projectRoutes);
  await app.register(registerRoutes);
  await app.register(publicRoutes);
  await app.register(risksApi);
});
