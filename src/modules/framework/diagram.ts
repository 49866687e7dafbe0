import crypto from 'node:crypto';
import type { ElkNode } from 'elkjs/lib/elk-api.js';
import { NODE_KIND_LABELS, NODE_KINDS, type FrameworkDocument, type NodeKind } from './framework-schema.ts';

/**
 * The logic model as an SVG diagram, laid out by ELK's layered algorithm on the server
 * (factors and inputs on the left, goals on the right), so it needs no JavaScript. The
 * same content is on the page as a nested list; the picture is an aid, not the only way in.
 */
type Elk = { layout: (graph: ElkNode) => Promise<ElkNode> };
let elk: Elk | undefined;

/** ELK is large; it is loaded with the first diagram, not at start-up. */
async function layoutEngine(): Promise<Elk> {
  if (!elk) {
    // A CommonJS module whose export is also its own `default`, which is what the types describe.
    const { default: ElkModule } = await import('elkjs/lib/elk.bundled.js');
    elk = new ElkModule.default();
  }
  return elk;
}

const NODE_WIDTH = 190;
const LINE_HEIGHT = 16;
const PADDING = 10;
const CHARS_PER_LINE = 26;

// Colours from the GOV.UK palette, each dark enough for black text's 4.5:1 on its tint.
const KIND_STYLE: Record<NodeKind, { fill: string; stroke: string }> = {
  input: { fill: '#f3f2f1', stroke: '#505a5f' },
  activity: { fill: '#d2e2f1', stroke: '#1d70b8' },
  output: { fill: '#dbd5e9', stroke: '#4c2c92' },
  outcome: { fill: '#cce2d8', stroke: '#00703c' },
  goal: { fill: '#fff7bf', stroke: '#594d00' },
};

const escapeXml = (text: string): string =>
  text.replace(/[<>&"']/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&#39;' })[c]!);

function wrap(text: string): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    if (line && (line + ' ' + word).length > CHARS_PER_LINE) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines.slice(0, 5);
}

export interface Diagram {
  svg: string;
  width: number;
  height: number;
}

// ELK takes a few hundred milliseconds for a model this size, and a model changes far less
// often than it is viewed: drawings are kept by what they show (a cache, not state).
const drawn = new Map<string, Diagram>();
const KEEP = 32;

export async function renderModelSvg(doc: FrameworkDocument, id = 'logic-model'): Promise<Diagram> {
  const shown = crypto.createHash('sha256').update(JSON.stringify([id, doc.model.nodes.map((n) => [n.key, n.kind, n.title]), doc.model.links.map((l) => [l.from, l.to])])).digest('hex');
  const cached = drawn.get(shown);
  if (cached) return cached;
  const diagram = await draw(doc, id);
  if (drawn.size >= KEEP) drawn.delete(drawn.keys().next().value!);
  drawn.set(shown, diagram);
  return diagram;
}

async function draw(doc: FrameworkDocument, id: string): Promise<Diagram> {
  const { nodes, links } = doc.model;
  if (nodes.length === 0) return { svg: '', width: 0, height: 0 };
  const lines = new Map(nodes.map((n) => [n.key, wrap(n.title)]));
  const graph: ElkNode = {
    id: 'root',
    layoutOptions: {
      'elk.algorithm': 'layered',
      'elk.direction': 'RIGHT',
      'elk.layered.spacing.nodeNodeBetweenLayers': '60',
      'elk.spacing.nodeNode': '18',
      'elk.edgeRouting': 'POLYLINE',
    },
    children: nodes.map((n) => ({
      id: n.key,
      width: NODE_WIDTH,
      height: PADDING * 2 + LINE_HEIGHT * (lines.get(n.key)!.length + 1),
      // Keep each kind in its own band, left to right in the order of the model.
      layoutOptions: { 'elk.layered.layering.layerChoiceConstraint': String(NODE_KINDS.indexOf(n.kind)) },
    })),
    edges: links.map((l, i) => ({ id: `e${i}`, sources: [l.from], targets: [l.to] })),
  };
  const laid = await (await layoutEngine()).layout(graph);
  const width = Math.ceil((laid.width ?? 0) + 20);
  const height = Math.ceil((laid.height ?? 0) + 20);
  const kindOf = new Map(nodes.map((n) => [n.key, n.kind]));
  const parts: string[] = [];
  parts.push(
    `<svg xmlns="http://www.w3.org/2000/svg" class="hub-logic-model" viewBox="-10 -10 ${width} ${height}" width="${width}" height="${height}" role="img" aria-labelledby="${id}-title ${id}-desc">`,
    `<title id="${id}-title">Logic model diagram: ${nodes.length} elements, ${links.length} influences</title>`,
    `<desc id="${id}-desc">Factors and inputs on the left lead through activities and outputs to outcomes and goals on the right. The same model is listed in full beside the diagram.</desc>`,
    `<defs><marker id="${id}-arrow" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" fill="#0b0c0c"/></marker></defs>`,
  );
  for (const edge of laid.edges ?? []) {
    for (const section of edge.sections ?? []) {
      const points = [section.startPoint, ...(section.bendPoints ?? []), section.endPoint];
      parts.push(
        `<polyline points="${points.map((p) => `${p.x.toFixed(1)},${p.y.toFixed(1)}`).join(' ')}" fill="none" stroke="#0b0c0c" stroke-width="1.2" marker-end="url(#${id}-arrow)"/>`,
      );
    }
  }
  for (const child of laid.children ?? []) {
    const kind = kindOf.get(child.id)!;
    const style = KIND_STYLE[kind];
    const x = child.x ?? 0;
    const y = child.y ?? 0;
    parts.push(
      `<g><rect x="${x}" y="${y}" width="${child.width}" height="${child.height}" rx="4" fill="${style.fill}" stroke="${style.stroke}" stroke-width="2"/>`,
      `<text x="${x + PADDING}" y="${y + PADDING + 11}" font-size="11" font-weight="bold" fill="#0b0c0c">${escapeXml(NODE_KIND_LABELS[kind])}</text>`,
      ...lines
        .get(child.id)!
        .map((line, i) => `<text x="${x + PADDING}" y="${y + PADDING + 11 + LINE_HEIGHT * (i + 1)}" font-size="13" fill="#0b0c0c">${escapeXml(line)}</text>`),
      '</g>',
    );
  }
  parts.push('</svg>');
  return { svg: parts.join(''), width, height };
}
