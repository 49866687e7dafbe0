import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';

/** An OpenAPI 3.1 path item: `{ get: { summary, parameters, responses } }`. */
export type PathItem = Record<string, unknown>;

declare module 'fastify' {
  interface FastifyInstance {
    /** Modules describe their /api/v1 routes here; served whole at /api/v1/openapi.json. */
    openApi: OpenApiRegistry;
  }
}

export class OpenApiRegistry {
  private readonly paths = new Map<string, PathItem>();
  private readonly schemas = new Map<string, unknown>();
  private readonly tags: { name: string; description: string }[] = [];

  addTag(name: string, description: string): void {
    if (!this.tags.some((t) => t.name === name)) this.tags.push({ name, description });
  }

  addPaths(paths: Record<string, PathItem>): void {
    for (const [path, item] of Object.entries(paths)) this.paths.set(path, { ...this.paths.get(path), ...item });
  }

  addSchemas(schemas: Record<string, unknown>): void {
    for (const [name, schema] of Object.entries(schemas)) this.schemas.set(name, schema);
  }

  document(serverUrl: string) {
    return {
      openapi: '3.1.0',
      info: {
        title: 'Safeguarding Hub API',
        version: '1',
        description:
          'Read-only JSON for integrations. Authenticate with a session cookie or an API token (`Authorization: Bearer …`). Errors are `{ error, details }`.',
      },
      servers: [{ url: serverUrl }],
      tags: this.tags,
      security: [{ bearer: [] }],
      paths: Object.fromEntries([...this.paths].sort(([a], [b]) => a.localeCompare(b))),
      components: {
        securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } },
        schemas: {
          Error: {
            type: 'object',
            required: ['error', 'details'],
            properties: { error: { type: 'string' }, details: { type: 'array', items: {} } },
          },
          ...Object.fromEntries(this.schemas),
        },
      },
    };
  }
}

/** Register before the modules so each can add its paths. */
export const openApiPlugin = fp(async (app: FastifyInstance) => {
  app.decorate('openApi', new OpenApiRegistry());
  app.get('/api/v1/openapi.json', { config: { public: true } }, async () => app.openApi.document(`${app.config.publicUrl}/api/v1`));
});

/** Shorthand for a JSON response of a component schema. */
export const jsonResponse = (description: string, schemaRef: string) => ({
  description,
  content: { 'application/json': { schema: { $ref: `#/components/schemas/${schemaRef}` } } },
});

export const errorResponses = {
  '400': jsonResponse('The request is not valid', 'Error'),
  '401': jsonResponse('Sign in or send an API token', 'Error'),
  '404': jsonResponse('Not found', 'Error'),
};
