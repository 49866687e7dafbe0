import { randomUUID } from 'node:crypto';
// vega and vega-lite are loaded with the first chart, not at start-up.
import type { TopLevelSpec } from 'vega-lite';

export function escapeXml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

export interface Accessible {
  title: string;
  description: string;
  id?: string;
}

// Vega's SVG has no accessible name of its own (we switch its ARIA output off so the
// marks do not each announce themselves). Screen readers get one image with a title and
// a description instead, and the data table beside the chart for the detail.
function makeAccessible(svg: string, text: Accessible): string {
  const id = text.id ?? `chart-${randomUUID().slice(0, 8)}`;
  const open = svg.indexOf('<svg');
  const close = svg.indexOf('>', open);
  if (open !== 0 || close < 0) throw new Error('Vega did not return an SVG element');
  const attributes = svg.slice(4, close).replace(/\s(role|aria-[a-z]+|focusable)="[^"]*"/g, '');
  return (
    `<svg${attributes} role="img" focusable="false" aria-labelledby="${id}-title ${id}-desc">` +
    `<title id="${id}-title">${escapeXml(text.title)}</title>` +
    `<desc id="${id}-desc">${escapeXml(text.description)}</desc>` +
    // Marks must not claim roles of their own inside the one image (axe: svg-img-alt).
    svg.slice(close + 1).replace(/\s(?:role="graphics-[a-z]+"|aria-roledescription="[^"]*")/g, '')
  );
}

/**
 * A Vega-Lite spec drawn to SVG on the server: compiled to Vega, run headless (no
 * canvas, no network: all data must be inline) and made accessible.
 */
export async function renderChart(spec: TopLevelSpec, text: Accessible): Promise<string> {
  const [vega, { compile }] = await Promise.all([import('vega'), import('vega-lite')]);
  const { spec: vegaSpec } = compile(spec);
  const view = new vega.View(vega.parse(vegaSpec), { renderer: 'none' });
  try {
    return makeAccessible(await view.toSVG(), text);
  } finally {
    view.finalize();
  }
}
