import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { sharedPath } from '../../../../tests/support/shared.ts';

/** The published DfE files the tests read from ../shared (never copied into the repo). */
export const dfeFile = (name: string) => sharedPath('data', 'dfe', name);

const dir = mkdtempSync(path.join(tmpdir(), 'hub-ees-'));
let count = 0;

/** Writes text to a fresh temporary file and returns its path. */
export function tempFile(text: string | Buffer, name = 'data.csv'): string {
  count += 1;
  const file = path.join(dir, `${count}-${name}`);
  writeFileSync(file, text);
  return file;
}

export const HEADER =
  'time_period,time_identifier,geographic_level,country_code,country_name,region_code,region_name,old_la_code,new_la_code,la_name';

/** A small valid EES file: national, regional and local authority rows with one filter and two indicators. */
export function smallEesFile(extraRows: string[] = []): string {
  return [
    `${HEADER},category,referral_count,rereferral_percent`,
    '2025,Reporting year,National,E92000001,England,,,,,,Referrals,632830,22.6',
    '2025,Reporting year,Regional,E92000001,England,E12000007,London,,,,Referrals,60000,18.3',
    '2025,Reporting year,Local authority,E92000001,England,E12000007,London,202,E09000007,Camden,Referrals,c,low',
    ...extraRows,
  ].join('\n');
}
