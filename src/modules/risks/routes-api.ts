import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { requireSignIn } from '../../platform/http/session.ts';
import { UserFacingError } from '../../platform/http/errors.ts';
import { notFound, projectGuard, projectOf } from './http.ts';
import { riskStatuses } from './schema.ts';
import * as risks from './service.ts';

const read = { preHandler: projectGuard('read') };
const edit = { preHandler: projectGuard('edit') };

/** JSON for integrations (bearer tokens or sessions); the same rules as the pages. */
export async function risksApi(app: FastifyInstance) {
  const slug = { name: 'slug', in: 'path', required: true, schema: { type: 'string' } };
  const ok = (description: string) => ({ '200': { description }, '401': { description: 'Sign in required' }, '403': { description: 'Not allowed' }, '404': { description: 'No such project or risk' } });
  app.openApi.addTag('risks', 'Projects, plans and risk registers');
  app.openApi.addPaths({
    '/risks/projects': { get: { tags: ['risks'], summary: 'Projects you may read', responses: ok('Projects with owner, board and open risks') } },
    '/risks/projects/{slug}': { get: { tags: ['risks'], summary: 'A project with its phases and milestones', parameters: [slug], responses: ok('Project, current phase, phases, milestones') } },
    '/risks/projects/{slug}/risks': {
      get: { tags: ['risks'], summary: 'The risk register, highest current score first', parameters: [slug], responses: ok('Bands, total and risks with scores and bands') },
      post: { tags: ['risks'], summary: 'Add a risk (likelihood and impact 1-5)', parameters: [slug], responses: { ...ok('Never'), '201': { description: 'The new risk' }, '400': { description: '{ error, details } naming each invalid field' } } },
    },
    '/risks/projects/{slug}/risks/{number}': { get: { tags: ['risks'], summary: 'One risk with its score history', parameters: [slug, { name: 'number', in: 'path', required: true, schema: { type: 'integer' } }], responses: ok('Risk and every change of its scores') } },
    '/risks/projects/{slug}/heat-map': { get: { tags: ['risks'], summary: 'Open risks counted by likelihood × impact', parameters: [slug, { name: 'basis', in: 'query', schema: { enum: ['current', 'inherent', 'residual', 'target'] } }], responses: ok('25 cells with score, band and count') } },
    '/risks/reviews-due': { get: { tags: ['risks'], summary: 'Risk reviews overdue or due within N days', parameters: [{ name: 'within', in: 'query', schema: { type: 'integer', default: 30 } }], responses: ok('Reviews due, earliest first') } },
  });
  app.get('/api/v1/risks/projects', { preHandler: requireSignIn }, async (request) => ({ projects: await risks.listProjects(app.db, request.principal) }));

  app.get('/api/v1/risks/projects/:slug', read, async (request) => {
    const project = projectOf(request);
    const [phases, milestones] = await Promise.all([risks.listPhases(app.db, project.id), risks.listMilestones(app.db, project.id)]);
    return { project: await risks.describeProject(app.db, project), currentPhase: risks.currentPhase(phases)?.name ?? null, phases, milestones };
  });

  app.get('/api/v1/risks/projects/:slug/risks', read, async (request) => {
    const project = projectOf(request);
    const q = z
      .object({
        status: z.enum([...riskStatuses, 'not-closed']).optional(),
        limit: z.coerce.number().int().min(1).max(500).default(100),
        offset: z.coerce.number().int().min(0).default(0),
      })
      .parse(request.query);
    const list = await risks.listRisks(app.db, project.id, project.bands, { status: q.status }, { limit: q.limit, offset: q.offset });
    return { bands: project.bands, total: list.total, risks: list.rows };
  });

  app.post('/api/v1/risks/projects/:slug/risks', edit, async (request, reply) => {
    const project = projectOf(request);
    const parsed = risks.riskInput.safeParse(request.body ?? {});
    if (!parsed.success) {
      throw new UserFacingError(400, 'Invalid risk', parsed.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message })));
    }
    const risk = await app.db.transaction((tx) => risks.createRisk(tx, request.actor, project.id, parsed.data));
    return reply.code(201).send({ risk: risks.describeRisk(risk, project.bands) });
  });

  app.get('/api/v1/risks/projects/:slug/risks/:number', read, async (request, reply) => {
    const project = projectOf(request);
    const { number } = z.object({ number: z.coerce.number().int().min(1) }).parse(request.params);
    const found = await risks.getRisk(app.db, project.id, number);
    if (!found) return notFound(request, reply);
    return { risk: risks.describeRisk(found.risk, project.bands, found.ownerName), history: await risks.riskHistory(app.db, found.risk.id) };
  });

  app.get('/api/v1/risks/projects/:slug/heat-map', read, async (request) => {
    const project = projectOf(request);
    const { basis } = z.object({ basis: z.enum(risks.heatBases).default('current') }).parse(request.query);
    const counts = await risks.heatMapCounts(app.db, project.id, basis);
    return {
      basis,
      bands: project.bands,
      cells: counts.flatMap((row, l) => row.map((count, i) => ({ likelihood: l + 1, impact: i + 1, score: (l + 1) * (i + 1), band: risks.bandOf((l + 1) * (i + 1), project.bands)?.label ?? null, count }))),
    };
  });

  app.get('/api/v1/risks/reviews-due', { preHandler: requireSignIn }, async (request) => {
    const { within } = z.object({ within: z.coerce.number().int().min(0).max(366).default(30) }).parse(request.query);
    const due = await risks.reviewsDue(app.db, request.principal, new Date(), within);
    return { today: due.today, total: due.total, reviews: due.rows };
  });
}
