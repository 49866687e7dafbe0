import type { Queryable } from '../../platform/db/types.ts';
import type { Principal } from '../../platform/auth/permissions.ts';

/** What a document's owner tells the documents module about one of its things. */
export interface AttachmentTarget {
  canRead: boolean;
  canEdit: boolean;
  /** e.g. "Datasets project", shown beside the document. */
  title: string;
  /** The thing's own page, where its documents are listed. */
  href: string;
}

/** Answers for one thing, or null when there is no such thing. */
export type AttachmentResolver = (db: Queryable, principal: Principal | null, id: string) => Promise<AttachmentTarget | null>;

export interface AttachmentKind {
  /** e.g. 'project', 'meeting', 'agenda-item', 'review', 'collection'. */
  kind: string;
  /** In words, e.g. "Project". */
  label: string;
  resolve: AttachmentResolver;
}

const kinds = new Map<string, AttachmentKind>();

/**
 * Modules that documents can be attached to register here, once, when their routes are
 * registered. Permissions on a document are exactly what the resolver says about the
 * thing it is attached to; the documents module holds no permissions of its own.
 */
export function registerAttachmentKind(entry: AttachmentKind): void {
  if (!/^[a-z][a-z0-9-]{0,39}$/.test(entry.kind)) throw new Error(`attachment kind "${entry.kind}" must be lower-case words joined by hyphens`);
  kinds.set(entry.kind, entry);
}

export function attachmentKind(kind: string): AttachmentKind | null {
  return kinds.get(kind) ?? null;
}

export function attachmentKinds(): string[] {
  return [...kinds.keys()].sort();
}

/**
 * What this person may do with things of `kind` and `id`. A kind no module registered,
 * or a thing that does not exist, allows nothing: documents never leak by default.
 */
export async function resolveAttachment(db: Queryable, principal: Principal | null, kind: string, id: string): Promise<(AttachmentTarget & { kindLabel: string }) | null> {
  const entry = kinds.get(kind);
  if (!entry) return null;
  const target = await entry.resolve(db, principal, id);
  return target ? { ...target, kindLabel: entry.label } : null;
}
