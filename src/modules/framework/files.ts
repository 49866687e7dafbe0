import type { Queryable } from '../../platform/db/types.ts';
import type { Actor } from '../../platform/audit/service.ts';
import { UserFacingError } from '../../platform/http/errors.ts';
import { formatProblem, parseFrameworkJson } from './framework-json.ts';
import { formatCellProblem, readFrameworkXlsx } from './xlsx.ts';
import { importVersion, type FrameworkVersion } from './versions.ts';

/** A framework file that cannot be imported: one line saying why, and every mistake found. */
export class FrameworkFileError extends UserFacingError {
  constructor(
    message: string,
    readonly problems: string[],
  ) {
    super(400, message, problems);
  }
}

const isZip = (content: Buffer) => content.length > 3 && content[0] === 0x50 && content[1] === 0x4b;

/** Reads a JSON or XLSX framework file into a checked document, or throws FrameworkFileError. */
export async function readFrameworkFile(content: Buffer) {
  if (isZip(content)) {
    const result = await readFrameworkXlsx(content);
    if (!result.ok) throw new FrameworkFileError(`Cannot import: ${result.message}`, result.problems.map(formatCellProblem));
    return result.document;
  }
  const result = parseFrameworkJson(content.toString('utf8'));
  if (!result.ok) throw new FrameworkFileError(`Cannot import: ${result.message}`, result.problems.map(formatProblem));
  return result.document;
}

/** Imports a file as the next version, a draft; on any mistake nothing is changed. */
export async function importFrameworkFile(db: Queryable, actor: Actor, content: Buffer): Promise<FrameworkVersion> {
  const document = await readFrameworkFile(content);
  return importVersion(db, actor, document);
}
