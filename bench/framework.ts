// Computing every indicator of the default framework for one period: with figures held in
// memory (the computation alone), then through the statistics service on the DfE files
// imported into a fresh embedded database, as the framework's pages do. The two are timed
// in the same run, so the ratio says what the real figure store costs.
import fs from 'node:fs';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { systemActor } from '../src/platform/audit/service.ts';
import { fromPglite, type Database } from '../src/platform/db/open.ts';
import { computeIndicators, type Unit } from '../src/modules/framework/compute.ts';
import { defaultFramework } from '../src/modules/framework/content/index.ts';
import { BOARD_RETURNS, statisticsData, type IndicatorData } from '../src/modules/framework/indicator-data.ts';
import { memoryData } from '../src/modules/framework/memory-data.ts';
import { quantitativeIndicators, referencesOf, syntheticFigures } from '../src/modules/framework/synthetic.ts';
import { ENGLAND, ensureReferenceData, LONDON, listBoards, referenceAreas, referenceBoards } from '../src/modules/network/service.ts';
import { importEesFile, recordBoardReturnValues } from '../src/modules/statistics/service.ts';
import { sharedDir } from '../tests/support/shared.ts';
import type { Report } from './run.ts';
import { timeMedian } from './support.ts';

const actor = systemActor('bench');
// The latest year every DfE file has, population estimates (the rates' denominators) included.
const PERIOD = '2024';

/** The DfE EES files imported into a fresh embedded database, with made-up board returns. */
async function withDfeData(units: Unit[], figures: ReturnType<typeof syntheticFigures>): Promise<Database | null> {
  const dir = path.join(sharedDir, 'data', 'dfe');
  const files = fs.existsSync(dir) ? fs.readdirSync(dir).filter((f) => f.endsWith('.csv') && fs.readFileSync(path.join(dir, f), 'utf8').startsWith('time_period,')) : [];
  if (files.length === 0) return null;
  const database = fromPglite(await PGlite.create());
  await database.migrate();
  await database.db.transaction((tx) => ensureReferenceData(tx));
  for (const f of files) await importEesFile(database.db, actor, path.join(dir, f));
  // Board-return questions are answered once per board; the synthetic figure of its first area.
  const answers = figures.filter((f) => f.dataset === BOARD_RETURNS);
  for (const board of await listBoards(database.db)) {
    const first = units.find((u) => u.code === board.code)?.areaCodes[0];
    const values = answers.filter((a) => a.areaCode === first).map((a) => ({ measure: a.measure, value: a.value }));
    await recordBoardReturnValues(database.db, actor, { boardId: board.id, period: PERIOD, values, source: 'bench' });
  }
  return database;
}

async function valuesComputed(data: IndicatorData, units: Unit[]) {
  const indicators = quantitativeIndicators(defaultFramework());
  const results = await computeIndicators(data, indicators, PERIOD, units);
  const all = [...results.values()].flatMap((byUnit) => [...byUnit.values()]);
  return `${all.filter((r) => 'value' in r).length} of ${all.length} values, ${all.filter((r) => 'status' in r).length} status-coded`;
}

export async function run(report: Report): Promise<void> {
  const doc = defaultFramework();
  const indicators = quantitativeIndicators(doc);
  const authorities = referenceAreas.filter((a) => a.kind === 'local-authority');
  const units = authorities.map((a) => ({ code: a.code, name: a.name, areaCodes: [a.code] }));
  const data = memoryData(syntheticFigures(doc, authorities.map((a) => a.code), '2025'));
  const ms = await timeMedian(() => computeIndicators(data, indicators, '2025', units), 30, 5);
  report(
    'framework: all indicators × 33 authorities (in-memory figures)',
    ms,
    `${indicators.length} indicators, ${referencesOf(indicators).length} lookups; budget 200 ms`,
  );

  // The indicator page's units: every board, England and London.
  const boards: Unit[] = [
    ...referenceBoards.map((b) => ({ code: b.code, name: b.name, areaCodes: b.areaCodes })),
    { code: ENGLAND, name: 'England', areaCodes: [ENGLAND] },
    { code: LONDON, name: 'London', areaCodes: [LONDON] },
  ];
  const figures = syntheticFigures(doc, [...new Set(boards.flatMap((u) => u.areaCodes))], PERIOD);
  const database = await withDfeData(boards, figures);
  if (!database) {
    console.log('framework: ../shared/data/dfe not found; the statistics-service case is skipped');
    return;
  }
  try {
    const memory = memoryData(figures);
    const live = statisticsData(database.db);
    const baseline = await timeMedian(() => computeIndicators(memory, indicators, PERIOD, boards), 30, 5);
    const real = await timeMedian(() => computeIndicators(live, indicators, PERIOD, boards), 20, 3);
    report(`framework: all indicators × 32 boards + England + London (in-memory, baseline)`, baseline, await valuesComputed(memory, boards));
    report(
      `framework: the same through the statistics service (DfE data, embedded)`,
      real,
      `${(real / baseline).toFixed(1)}× the in-memory baseline; ${await valuesComputed(live, boards)}; budget 200 ms (${(real / 200).toFixed(2)}× it)`,
    );
  } finally {
    await database.close();
  }
}
