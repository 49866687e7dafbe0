import path from 'node:path';

/** The repository root, whichever file asks. */
export const repoRoot = path.resolve(import.meta.dirname, '..', '..');

/**
 * `../shared` beside the repository (CI puts it there). HUB_SHARED_DIR overrides it for
 * a checkout kept elsewhere.
 */
export const sharedDir = process.env.HUB_SHARED_DIR ?? path.resolve(repoRoot, '..', 'shared');

export const sharedPath = (...parts: string[]): string => path.join(sharedDir, ...parts);
