import { readFileSync } from 'node:fs';
import { describe, it, expect } from 'vitest';
import { sharedPath } from '../../../../tests/support/shared.ts';
import { parseMinutesText } from './parse.ts';
import { parseMinutesDocx } from './read.ts';
import { contractMinutes } from './types.ts';

const MINUTES = `Hartswood Learning and Improvement Group
Date: Tuesday 4 March 2025

1. Welcome and apologies
The Chair welcomed members.

2. Audit of strategy discussions
2.1 The audit of 30 cases found that health attended
two thirds of strategy discussions.
2.2 Members discussed the findings:
• police were present in every case;
• schools were rarely invited.
ACTION: JB to share the audit report with the sub-group

Presented by: Jo Bright

3. Any other business
None.
`;

describe('the minutes text of each item', () => {
  it('keeps the paragraphs under each item, one per line, with their numbers, bullets and action lines', () => {
    const m = parseMinutesText(MINUTES);
    expect(m.items.map((i) => [i.number, i.text])).toEqual([
      ['1', 'The Chair welcomed members.'],
      [
        '2',
        [
          '2.1 The audit of 30 cases found that health attended two thirds of strategy discussions.',
          '2.2 Members discussed the findings:',
          '• police were present in every case;',
          '• schools were rarely invited.',
          'ACTION: JB to share the audit report with the sub-group',
        ].join('\n'),
      ],
      ['3', 'None.'],
    ]);
  });

  it('writes the numbers Word keeps in numbering.xml into the text of a .docx item', async () => {
    const m = await parseMinutesDocx(readFileSync(sharedPath('samples', 'minutes', 'template-london.docx')));
    const lines = m.items.find((i) => i.number === '2')!.text!.split('\n');
    expect(lines[0]).toMatch(/^2\.1 GO reported that 27 of the 32 London LSCBs/);
    expect(lines).toContain('ACTION: GO and NS to revise the dataset guidance notes in light of the comments received, by the next meeting');
    expect(lines.some((l) => l.startsWith('3.1'))).toBe(false);
  });

  it('is null for an item with nothing written under it, and left out of the contract JSON', () => {
    const m = parseMinutesText('Board minutes\nDate: 4 March 2025\n\n1. Welcome\n2. Any other business\nNone.\n');
    expect(m.items.map((i) => i.text)).toEqual([null, 'None.']);
    expect(contractMinutes(m).items).toEqual([
      { number: '1', title: 'Welcome', presenter: null },
      { number: '2', title: 'Any other business', presenter: null },
    ]);
  });
});
