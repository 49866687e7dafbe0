import type { Queryable } from '../../platform/db/types.ts';
import type { Project } from './projects.ts';

/**
 * A section another module adds to public project pages, e.g. the collections module's
 * "Published results". Sections give plain data, rendered (escaped) by the page itself,
 * so no module can put markup on a public page. Return null to show nothing.
 */
export interface PublicSection {
  heading: string;
  paragraphs?: string[];
  /** A list of links or lines, e.g. one per published dataset. */
  items?: { text: string; href?: string; hint?: string }[];
}

export interface PublicSectionProvider {
  key: string;
  /** Lower comes first; the page's own sections are description, phase and documents. */
  order: number;
  /** Only what is published: this runs for signed-out visitors. */
  load: (db: Queryable, project: Pick<Project, 'id' | 'slug' | 'name'>) => Promise<PublicSection | null>;
}

const providers = new Map<string, PublicSectionProvider>();

export function registerPublicProjectSection(provider: PublicSectionProvider): void {
  providers.set(provider.key, provider);
}

export async function loadPublicSections(db: Queryable, project: Pick<Project, 'id' | 'slug' | 'name'>): Promise<PublicSection[]> {
  const sorted = [...providers.values()].sort((a, b) => a.order - b.order);
  const sections: PublicSection[] = [];
  for (const provider of sorted) {
    const section = await provider.load(db, project);
    // Links on a public page go to this site or over HTTPS, never javascript: and the like.
    if (section) sections.push({ ...section, items: section.items?.map((item) => ({ ...item, href: item.href && /^(\/(?!\/)|https:\/\/)/.test(item.href) ? item.href : undefined })) });
  }
  return sections;
}
