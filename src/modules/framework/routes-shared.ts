import { z } from 'zod';
import { NODE_KIND_LABELS, NODE_KINDS, POLARITY_LABELS, RATING_LABELS, TIMESCALE_LABELS, type FrameworkDocument } from './framework-schema.ts';
import { flattenFramework } from './framework-elements.ts';
import { isOpen, STATUS_LABELS, type FrameworkVersion } from './versions.ts';

export const view = (name: string) => `modules/framework/views/${name}`;
export const numberParam = z.object({ number: z.coerce.number().int().min(1).max(1_000_000) });
export const labels = { rating: RATING_LABELS, timescale: TIMESCALE_LABELS, kind: NODE_KIND_LABELS, polarity: POLARITY_LABELS };

export function versionView(version: FrameworkVersion) {
  return {
    number: version.number,
    status: version.status,
    statusLabel: STATUS_LABELS[version.status],
    open: isOpen(version.status),
    title: version.document.title,
    description: version.document.description,
    basedOn: version.basedOn,
    createdBy: version.createdBy,
    createdAt: version.createdAt,
    publishedAt: version.publishedAt,
    base: `/framework/versions/${version.number}`,
  };
}

/** The model's nodes grouped by kind, each with the nodes it influences and is influenced by. */
export function modelList(doc: FrameworkDocument) {
  const titles = new Map(doc.model.nodes.map((n) => [n.key, n.title]));
  const hierarchyTitles = new Map(flattenFramework(doc).filter((e) => e.type !== 'link' && e.type !== 'node').map((e) => [e.key, 'title' in e.item ? e.item.title : e.key]));
  return NODE_KINDS.map((kind) => ({
    kind,
    label: NODE_KIND_LABELS[kind],
    nodes: doc.model.nodes
      .filter((n) => n.kind === kind)
      .map((n) => ({
        ...n,
        refersToTitle: n.refersTo ? hierarchyTitles.get(n.refersTo) : null,
        influences: doc.model.links.filter((l) => l.from === n.key).map((l) => ({ ...l, title: titles.get(l.to) ?? l.to })),
        influencedBy: doc.model.links.filter((l) => l.to === n.key).map((l) => ({ ...l, title: titles.get(l.from) ?? l.from })),
      })),
  })).filter((group) => group.nodes.length > 0);
}

/** Where an element sits, in words: "Goal › Heading › Outcome". */
export function placeOf(doc: FrameworkDocument, key: string): { key: string; title: string; type: string }[] {
  const elements = flattenFramework(doc);
  const byKey = new Map(elements.filter((e) => e.type !== 'link').map((e) => [e.key, e]));
  const trail: { key: string; title: string; type: string }[] = [];
  let here = byKey.get(key);
  while (here && here.parent) {
    const parent = byKey.get(here.parent);
    if (!parent) break;
    trail.unshift({ key: parent.key, title: 'title' in parent.item ? String(parent.item.title) : parent.key, type: parent.type });
    here = parent;
  }
  return trail;
}
