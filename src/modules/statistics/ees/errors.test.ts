import { describe, expect, it } from 'vitest';
import { describeEesFile, EesFormatError, readEesFile } from './index.ts';
import { HEADER, smallEesFile, tempFile } from './test-support.ts';

async function failure(text: string, options = {}): Promise<EesFormatError> {
  try {
    await describeEesFile(tempFile(text), options);
  } catch (error) {
    if (error instanceof EesFormatError) return error;
    throw error;
  }
  throw new Error('expected an EesFormatError');
}

const row = (cells: string) =>
  `2025,Reporting year,Local authority,E92000001,England,E12000007,London,${cells}`;

describe('files that are not EES tidy data', () => {
  it('names the missing time_period and geographic_level columns', async () => {
    const error = await failure('year,area,value\n2025,Camden,3');
    expect(error.line).toBe(1);
    expect(error.message).toMatch(/data\.csv, line 1: this is not an EES tidy-data file/);
    expect(error.problem).toMatch(/time_period, time_identifier, geographic_level/);
  });

  it('refuses an empty file, a header with no rows and a repeated column', async () => {
    expect((await failure('')).problem).toMatch(/empty/);
    expect((await failure(`${HEADER},pupils\n`)).problem).toMatch(/no data rows/);
    const twice = await failure(`${HEADER},pupils,pupils\n${row('202,E09000007,Camden,1,2')}`);
    expect(twice).toMatchObject({ line: 1, column: 'pupils', columnNumber: 12 });
  });

  it('refuses a file over the size limit before reading it', async () => {
    const error = await failure(smallEesFile(), { maxBytes: 100 });
    expect(error.line).toBeNull();
    expect(error.problem).toMatch(/larger than the 100 bytes the hub accepts/);
  });
});

describe('bad cells and rows, with line and column', () => {
  it('a missing time period or area code', async () => {
    const noPeriod = await failure(
      smallEesFile([',Reporting year,National,E92000001,England,,,,,,Referrals,1,2']),
    );
    expect(noPeriod).toMatchObject({ line: 5, column: 'time_period', columnNumber: 1 });
    expect(noPeriod.problem).toMatch(/missing value/);
    const noCode = await failure(smallEesFile([row(',,Nowhere,Referrals,1,2')]));
    expect(noCode).toMatchObject({ line: 5, column: 'new_la_code' });
    expect(noCode.problem).toMatch(/new_la_code or old_la_code/);
  });

  it('a time period that is not a year', async () => {
    const error = await failure(
      smallEesFile(['2024-25,Reporting year,National,E92000001,England,,,,,,Referrals,1,2']),
    );
    expect(error).toMatchObject({ line: 5, column: 'time_period' });
  });

  it('a word in a column of numbers', async () => {
    const error = await failure(smallEesFile([row('202,E09000007,Camden,Referrals,N/A,5')]));
    expect(error).toMatchObject({ line: 5, column: 'referral_count', columnNumber: 12 });
    expect(error.problem).toMatch(/^"N\/A" is not a number or a status code .*yet 3 of the 4 values in this column are/);
  });

  it('a quote that is never closed', async () => {
    const error = await failure(
      smallEesFile([
        row('202,E09000007,"Camden,Referrals,1,2'),
        row('213,E09000033,Westminster,Referrals,1,2'),
      ]),
    );
    expect(error).toMatchObject({ line: 5 });
    expect(error.problem).toMatch(/never closed/);
  });

  it('text after a closing quote, and a stray quote in an unquoted value', async () => {
    const after = await failure(smallEesFile([row('202,E09000007,"Camden"x,Referrals,1,2')]));
    expect(after).toMatchObject({ line: 5, column: 'la_name', columnNumber: 10 });
    expect(after.problem).toMatch(/after its closing quote/);
    const stray = await failure(smallEesFile([row('202,E09000007,Cam"den,Referrals,1,2')]));
    expect(stray).toMatchObject({ line: 5, column: 'la_name' });
    expect(stray.problem).toMatch(/not quoted/);
  });

  it('a row with too many or too few values', async () => {
    const many = await failure(smallEesFile([row('202,E09000007,Camden,Referrals,1,2,3')]));
    expect(many.line).toBe(5);
    expect(many.problem).toMatch(/this row has 14 values but the header has 13 columns/);
    const few = await failure(smallEesFile([row('202,E09000007,Camden,Referrals,1')]));
    expect(few.line).toBe(5);
    expect(few.problem).toMatch(/header has 13 columns/);
  });

  it('counts lines inside quoted values so later errors point at the right line', async () => {
    const error = await failure(
      smallEesFile([
        row('202,E09000007,"Camden\nNorth",Referrals,1,2'),
        row('213,E09000033,Westminster,Referrals,"n/a, see note",2'),
      ]),
    );
    expect(error).toMatchObject({ line: 7, column: 'referral_count' });
  });

  it('text in a column the meta file calls an indicator', async () => {
    const meta = tempFile(
      'col_name,col_type,label,indicator_grouping,indicator_unit,indicator_dp,filter_hint,filter_grouping_column\n' +
        'category,Filter,Category,,,,,\nreferral_count,Indicator,Referrals,,,0,,\nrereferral_percent,Indicator,Re-referrals,,%,1,,\n',
      'x.meta.csv',
    );
    const error = await failure(smallEesFile([row('202,E09000007,Camden,Referrals,N/A,2')]), { meta });
    expect(error).toMatchObject({ line: 5, column: 'referral_count' });
    expect(error.problem).toMatch(/"N\/A" is not a number or a published status code/);
  });

  it('a meta file naming a column the data file lacks', async () => {
    const meta = tempFile(
      'col_name,col_type,label\ncategory,Filter,Category\nschools,Indicator,Schools\n',
      'y.meta.csv',
    );
    const error = await failure(smallEesFile(), { meta });
    expect(error).toMatchObject({ line: 3, column: 'col_name' });
    expect(error.message).toMatch(/y\.meta\.csv, line 3/);
  });

  it('hands over no figures from a file whose last row is bad', async () => {
    const file = tempFile(smallEesFile([row(',,Nowhere,Referrals,1,2')]));
    const batches = readEesFile(file, { batchSize: 1 });
    await expect(batches.next()).rejects.toBeInstanceOf(EesFormatError);
  });
});

describe('harmless differences', () => {
  it('accepts a byte-order mark, Windows line endings and blank lines', async () => {
    const text = '\uFEFF' + smallEesFile().replace(/\n/g, '\r\n') + '\r\n\r\n';
    const description = await describeEesFile(tempFile(text));
    expect(description.rows).toBe(3);
    expect(description.indicators).toEqual(['referral_count', 'rereferral_percent']);
  });
});
