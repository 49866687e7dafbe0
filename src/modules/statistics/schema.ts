import { boolean, doublePrecision, index, integer, jsonb, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import type { Polarity } from './benchmark/polarity.ts';

export const datasetKinds = ['ees', 'board-returns', 'synthetic'] as const;
export type DatasetKind = (typeof datasetKinds)[number];

/** A published file (or the boards' returns): named as the file, without its extension. */
export const statDatasets = pgTable('stat_datasets', {
  id: uuid('id').primaryKey().defaultRandom(),
  name: text('name').notNull().unique(),
  kind: text('kind').$type<DatasetKind>().notNull(),
  /** Filter columns, in the file's order. */
  filters: jsonb('filters').$type<string[]>().notNull().default([]),
  fileName: text('file_name'),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

/** An indicator column of a dataset; label, unit and decimals come from the EES meta file. */
export const statMeasures = pgTable(
  'stat_measures',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    datasetId: uuid('dataset_id')
      .notNull()
      .references(() => statDatasets.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    label: text('label'),
    unit: text('unit'),
    decimals: integer('decimals'),
    /** Set by coordinators: it decides colouring and "better/worse" wording, never the rank. */
    polarity: text('polarity').$type<Polarity>().notNull().default('context'),
    position: integer('position').notNull().default(0),
  },
  (t) => [uniqueIndex('stat_measures_name').on(t.datasetId, t.name)],
);

/**
 * One combination of filter values of a dataset (e.g. age_group = "Children aged 0 to 17"),
 * stored once; values point at it. `key` is the canonical JSON of the sorted pairs.
 */
export const statFilterSets = pgTable(
  'stat_filter_sets',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    datasetId: uuid('dataset_id')
      .notNull()
      .references(() => statDatasets.id, { onDelete: 'cascade' }),
    key: text('key').notNull(),
    filters: jsonb('filters').$type<Record<string, string>>().notNull(),
  },
  (t) => [uniqueIndex('stat_filter_sets_key').on(t.datasetId, t.key)],
);

export const statImportBatches = pgTable('stat_import_batches', {
  id: uuid('id').primaryKey().defaultRandom(),
  datasetId: uuid('dataset_id')
    .notNull()
    .references(() => statDatasets.id, { onDelete: 'cascade' }),
  fileName: text('file_name').notNull(),
  metaFileName: text('meta_file_name'),
  rolesFrom: text('roles_from').notNull(),
  rows: integer('rows').notNull(),
  values: integer('values').notNull(),
  replaced: integer('replaced').notNull().default(0),
  statusCounts: jsonb('status_counts').$type<Record<string, number>>().notNull().default({}),
  milliseconds: integer('milliseconds').notNull(),
  actorLabel: text('actor_label').notNull(),
  importedAt: timestamp('imported_at', { withTimezone: true }).notNull().defaultNow(),
});

/**
 * One published figure: what (measure + filter set), where (area code), when (period).
 * `raw` is the cell exactly as published, so "18.30" or "c" is shown as it was; `value` is
 * the double every benchmark computes with (the same number JavaScript reads from `raw`).
 * No foreign keys here: imports write millions of rows and replace them by measure.
 * The primary key also carries value and status (migration 0003, INCLUDE is not expressible
 * here), so a benchmark reads a series' figures from the index alone.
 */
export const statValues = pgTable(
  'stat_values',
  {
    measureId: uuid('measure_id').notNull(),
    filterSetId: uuid('filter_set_id').notNull(),
    timePeriod: text('time_period').notNull(),
    timeIdentifier: text('time_identifier').notNull(),
    areaCode: text('area_code').notNull(),
    value: doublePrecision('value'),
    status: text('status'),
    raw: text('raw').notNull(),
    /** Where it came from: an import batch, or a board's return (board + source label). */
    batchId: uuid('batch_id'),
    boardId: uuid('board_id'),
    source: text('source'),
  },
  (t) => [
    primaryKey({ columns: [t.measureId, t.filterSetId, t.timePeriod, t.timeIdentifier, t.areaCode] }),
    // The area alone (for an area's profile): deduplicated, it costs an import far less per row than (area, period).
    index('stat_values_area').on(t.areaCode),
  ],
);

/** Every place an import has named, at any geographic level, with DfE's old code when given. */
export const statPlaces = pgTable(
  'stat_places',
  {
    code: text('code').primaryKey(),
    name: text('name').notNull(),
    level: text('level').notNull(),
    oldCode: text('old_code'),
  },
  (t) => [index('stat_places_old_code').on(t.oldCode)],
);

/** DfE's statistical neighbours, by DfE's three-digit codes as published. */
export const statNeighbours = pgTable(
  'stat_neighbours',
  {
    laCode: text('la_code').notNull(),
    neighbourCode: text('neighbour_code').notNull(),
    rank: integer('rank').notNull(),
    closeness: text('closeness'),
    historic: boolean('historic').notNull().default(false),
    model: text('model').notNull(),
  },
  (t) => [primaryKey({ columns: [t.historic, t.laCode, t.rank] })],
);

/** Comparator groups coordinators define: "our family of boards", "pilot boards". */
export const statComparatorGroups = pgTable('stat_comparator_groups', {
  id: uuid('id').primaryKey().defaultRandom(),
  name: text('name').notNull().unique(),
  description: text('description'),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

export const statComparatorGroupMembers = pgTable(
  'stat_comparator_group_members',
  {
    groupId: uuid('group_id')
      .notNull()
      .references(() => statComparatorGroups.id, { onDelete: 'cascade' }),
    areaCode: text('area_code').notNull(),
  },
  (t) => [primaryKey({ columns: [t.groupId, t.areaCode] })],
);
