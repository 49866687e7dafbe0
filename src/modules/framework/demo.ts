import type { Queryable } from '../../platform/db/types.ts';
import { systemActor } from '../../platform/audit/service.ts';
import { defaultFramework } from './content/index.ts';
import { findFramework, importVersion } from './versions.ts';

/** The demo's framework: the default London framework as published version 1. */
export async function loadFrameworkDemo(tx: Queryable): Promise<void> {
  if (await findFramework(tx)) return;
  await importVersion(tx, systemActor('demo loader'), defaultFramework(), { status: 'published' });
}
