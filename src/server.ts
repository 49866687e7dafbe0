import { loadConfig, ConfigError } from './config.ts';
import { openDatabase } from './platform/db/open.ts';
import { DataDirInUse } from './platform/db/lock.ts';
import { prepareDatabase } from './platform/db/prepare.ts';
import { startSchedules } from './schedules.ts';

const started = performance.now();

async function main() {
  const config = loadConfig();
  // The database (PGlite compiles its WebAssembly) opens while the app's modules load.
  const [database, { buildApp }] = await Promise.all([
    openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir }),
    import('./app.ts'),
  ]);
  const prepared = await prepareDatabase(database, config);
  const app = await buildApp({ config, database });
  app.installationFacts.demo = prepared.demo;
  await app.listen({ port: config.port, host: config.host });
  const stopSchedules = startSchedules(app);
  const where = database.kind === 'pglite' ? `embedded database in ${config.dataDir}` : 'PostgreSQL';
  console.log(`Safeguarding Hub is serving on http://localhost:${config.port} (${where}), ready in ${Math.round(performance.now() - started)} ms`);
  if (prepared.demoSignIn) {
    console.log(`Demo loaded. Sign in as ${prepared.demoSignIn.email} with password ${prepared.demoSignIn.password}`);
  }
  const stop = async () => {
    stopSchedules();
    await app.close();
    await database.close();
    process.exit(0);
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main().catch((e: unknown) => {
  if (e instanceof ConfigError || e instanceof DataDirInUse) {
    console.error(e.message);
  } else {
    console.error(e);
  }
  process.exit(1);
});
