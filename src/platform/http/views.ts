import path from 'node:path';
import { createRequire } from 'node:module';
import nunjucks from 'nunjucks';
import type { FastifyInstance } from 'fastify';
import view from '@fastify/view';
import { srcDir } from '../paths.ts';

const require = createRequire(import.meta.url);

const govukDir = path.dirname(path.dirname(require.resolve('govuk-frontend/package.json')));

/** Template search path: our layout, then module views by their path under src/, then GOV.UK's macros. */
export const templatePaths = [
  path.join(srcDir, 'platform', 'views'),
  srcDir,
  path.join(govukDir, 'govuk-frontend', 'dist'),
];

const dateFmt = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'Europe/London' });
const dateTimeFmt = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  timeZone: 'Europe/London',
});

function toDate(v: unknown): Date | null {
  if (v instanceof Date) return v;
  if (typeof v === 'string' || typeof v === 'number') {
    const d = new Date(v);
    return Number.isNaN(d.getTime()) ? null : d;
  }
  return null;
}

export function configureFilters(env: nunjucks.Environment): void {
  env.addFilter('date', (v: unknown) => {
    const d = toDate(v);
    return d ? dateFmt.format(d) : '';
  });
  env.addFilter('datetime', (v: unknown) => {
    const d = toDate(v);
    return d ? dateTimeFmt.format(d) : '';
  });
  env.addFilter('number', (v: unknown, decimals?: number) =>
    typeof v === 'number' && Number.isFinite(v)
      ? v.toLocaleString('en-GB', decimals === undefined ? {} : { minimumFractionDigits: decimals, maximumFractionDigits: decimals })
      : (v ?? ''),
  );
  env.addFilter('json', (v: unknown) => JSON.stringify(v, null, 2));
  env.addGlobal('serviceName', 'Safeguarding Hub');
}

export async function setUpViews(app: FastifyInstance): Promise<void> {
  await app.register(view, {
    engine: { nunjucks },
    templates: templatePaths,
    options: {
      autoescape: true,
      throwOnUndefined: false,
      noCache: process.env.NODE_ENV === 'development',
      onConfigure: configureFilters,
    },
  });
}
