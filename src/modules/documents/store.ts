import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

const sha256Pattern = /^[0-9a-f]{64}$/;

/** Where the bytes with this SHA-256 live: `<uploadDir>/ab/cd/abcd…`. Only a real hash makes a path. */
export function blobPath(uploadDir: string, sha256: string): string {
  if (!sha256Pattern.test(sha256)) throw new Error('not a SHA-256 hex digest');
  return path.join(uploadDir, sha256.slice(0, 2), sha256.slice(2, 4), sha256);
}

export const sha256Of = (buffer: Buffer) => crypto.createHash('sha256').update(buffer).digest('hex');

/**
 * Stores bytes by their content. The same paper uploaded twice is stored once; a file
 * is written under a temporary name and renamed, so a reader never sees half of one.
 */
export async function storeBlob(uploadDir: string, buffer: Buffer): Promise<string> {
  const sha256 = sha256Of(buffer);
  const target = blobPath(uploadDir, sha256);
  if (fs.existsSync(target)) {
    // Marks the file as wanted again, so a deletion cleaning up at this moment keeps it.
    const now = new Date();
    await fs.promises.utimes(target, now, now).catch(() => undefined);
    if (fs.existsSync(target)) return sha256;
  }
  await fs.promises.mkdir(path.dirname(target), { recursive: true });
  const temporary = `${target}.${crypto.randomBytes(6).toString('hex')}.part`;
  await fs.promises.writeFile(temporary, buffer, { mode: 0o640 });
  await fs.promises.rename(temporary, target);
  return sha256;
}

export function readBlob(uploadDir: string, sha256: string): fs.ReadStream {
  return fs.createReadStream(blobPath(uploadDir, sha256));
}

export function blobExists(uploadDir: string, sha256: string): boolean {
  return fs.existsSync(blobPath(uploadDir, sha256));
}

/**
 * Removes a stored file unless it was stored (again) at or after `since`; true when it went.
 * The file is first renamed aside, which is atomic: an upload of the same bytes either finds no
 * file and writes its own, or has already marked this one, and then it is put back.
 */
export async function removeBlob(uploadDir: string, sha256: string, since: Date): Promise<boolean> {
  const target = blobPath(uploadDir, sha256);
  const stat = await fs.promises.stat(target).catch(() => null);
  if (!stat || stat.mtimeMs >= since.getTime()) return false;
  const aside = `${target}.${crypto.randomBytes(6).toString('hex')}.deleting`;
  if (
    !(await fs.promises.rename(target, aside).then(
      () => true,
      () => false,
    ))
  )
    return false;
  const marked = await fs.promises.stat(aside).catch(() => null);
  if (marked && marked.mtimeMs >= since.getTime()) {
    // Wanted again while we looked: back it goes (unless the upload has written its own copy).
    if (fs.existsSync(target)) await fs.promises.rm(aside, { force: true });
    else await fs.promises.rename(aside, target);
    return false;
  }
  await fs.promises.rm(aside, { force: true });
  return true;
}
