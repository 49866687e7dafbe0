import type { FastifyInstance, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { contentDisposition } from '../../platform/export/index.ts';
import * as documents from '../documents/service.ts';
import { notFound } from './http.ts';
import { loadPublicSections } from './public-sections.ts';
import * as risks from './service.ts';

const slugParam = z.object({ slug: z.string().max(100) });

/** A published project, or (as a preview) any project this signed-in person may read. */
async function visibleProject(app: FastifyInstance, request: FastifyRequest, slug: string) {
  const project = await risks.getProject(app.db, slug);
  if (!project) return null;
  if (project.publicPage) return { project, preview: false };
  return risks.projectAccess(request.principal, project).canRead ? { project, preview: true } : null;
}

/** Public project pages: no sign-in for published ones; an unpublished page does not exist for visitors. */
export async function publicRoutes(app: FastifyInstance) {
  const open = { config: { public: true } };
  app.get('/projects/:slug', open, async (request, reply) => {
    const { slug } = slugParam.parse(request.params);
    const visible = await visibleProject(app, request, slug);
    if (!visible) return notFound(request, reply);
    const { project, preview } = visible;
    const [phases, milestones, published, sections, described] = await Promise.all([
      risks.listPhases(app.db, project.id),
      risks.listMilestones(app.db, project.id),
      documents.listDocuments(app.db, { kind: 'project', id: project.id, publishedOnly: true }),
      loadPublicSections(app.db, project),
      risks.describeProject(app.db, project),
    ]);
    return reply.page('modules/risks/views/public.njk', {
      title: project.name,
      project: described,
      preview,
      phases,
      currentPhase: risks.currentPhase(phases),
      milestones: milestones.filter((m) => m.plannedDate || m.actualDate),
      documents: published,
      sections,
    });
  });

  app.get('/projects/:slug/documents/:documentId', open, async (request, reply) => {
    const { slug, documentId } = z.object({ slug: z.string().max(100), documentId: z.string().uuid() }).parse(request.params);
    const visible = await visibleProject(app, request, slug);
    const doc = visible ? await documents.getDocument(app.db, documentId) : null;
    if (!visible || !doc || !doc.published || doc.attachedKind !== 'project' || doc.attachedId !== visible.project.id) return notFound(request, reply);
    const version = await documents.getVersion(app.db, doc.id);
    if (!version || !documents.blobExists(app.config.uploadDir, version.sha256)) return notFound(request, reply);
    return reply
      .header('Content-Type', version.mime)
      .header('Content-Disposition', contentDisposition(version.fileName))
      .header('Content-Length', String(version.size))
      .header('X-Content-Type-Options', 'nosniff')
      .header('Cache-Control', visible.preview ? 'private, no-store' : 'public, max-age=300')
      .send(documents.readBlob(app.config.uploadDir, version.sha256));
  });
}
