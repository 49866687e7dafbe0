import { describe, it, expect } from 'vitest';
import JSZip from 'jszip';
import { documentToLines } from './docx-read.ts';
import { readNumbering, readStyleNumbering } from './docx-numbering.ts';
import { parseMinutesDocx } from './read.ts';

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
const level = (ilvl: number, text: string, fmt = 'decimal', start = 1): string =>
  `<w:lvl w:ilvl="${ilvl}"><w:start w:val="${start}"/><w:numFmt w:val="${fmt}"/><w:lvlText w:val="${text}"/></w:lvl>`;
const abstract = (id: string, body: string): string => `<w:abstractNum w:abstractNumId="${id}">${body}</w:abstractNum>`;
const num = (id: string, abstractId: string, overrides = ''): string => `<w:num w:numId="${id}"><w:abstractNumId w:val="${abstractId}"/>${overrides}</w:num>`;
const numbering = (...parts: string[]): string => `<w:numbering ${W}>${parts.join('')}</w:numbering>`;

/** A paragraph: numbered through numPr, through its style, or plain. */
function p(text: string, list?: { numId?: string; ilvl?: number; style?: string }): string {
  const numPr = list?.numId !== undefined || list?.ilvl !== undefined
    ? `<w:numPr>${list.ilvl !== undefined ? `<w:ilvl w:val="${list.ilvl}"/>` : ''}${list.numId !== undefined ? `<w:numId w:val="${list.numId}"/>` : ''}</w:numPr>`
    : '';
  const style = list?.style ? `<w:pStyle w:val="${list.style}"/>` : '';
  return `<w:p><w:pPr>${style}${numPr}</w:pPr><w:r><w:t>${text}</w:t></w:r></w:p>`;
}
const body = (...paras: string[]): string => `<w:document ${W}><w:body>${paras.join('')}</w:body></w:document>`;

function lines(doc: string, numberingXml: string, stylesXml = ''): string[] {
  return documentToLines(doc, readNumbering(numberingXml), readStyleNumbering(stylesXml)).map((l) => l.text);
}

const AGENDA = abstract('0', level(0, '%1.') + level(1, '%1.%2'));

describe('Word list numbers rebuilt from numbering.xml', () => {
  it('writes each level with its level text, restarting a sub-level under each new item', () => {
    const doc = body(p('Welcome', { numId: '1', ilvl: 0 }), p('Noted.', { numId: '1', ilvl: 1 }), p('Agreed.', { numId: '1', ilvl: 1 }), p('Budget', { numId: '1', ilvl: 0 }), p('Fine.', { numId: '1', ilvl: 1 }));
    expect(lines(doc, numbering(AGENDA, num('1', '0')))).toEqual(['1.\tWelcome', '1.1\tNoted.', '1.2\tAgreed.', '2.\tBudget', '2.1\tFine.']);
  });

  it('restarts a list at a startOverride, while lists sharing a definition without one carry on counting', () => {
    const xml = numbering(AGENDA, num('1', '0'), num('2', '0'), num('3', '0', '<w:lvlOverride w:ilvl="0"><w:startOverride w:val="21"/></w:lvlOverride>'));
    const doc = body(p('A', { numId: '1' }), p('B', { numId: '2' }), p('C', { numId: '3' }), p('D', { numId: '3' }));
    expect(lines(doc, xml)).toEqual(['1.\tA', '2.\tB', '21.\tC', '22.\tD']);
  });

  it('follows a list that borrows its levels from a numbering style (numStyleLink → styleLink)', () => {
    const xml = numbering(abstract('7', '<w:styleLink w:val="MinutesList"/>' + level(0, 'Item %1:')), abstract('8', '<w:numStyleLink w:val="MinutesList"/>'), num('4', '8'));
    expect(lines(body(p('Welcome', { numId: '4' }), p('Minutes', { numId: '4' })), xml)).toEqual(['Item 1:\tWelcome', 'Item 2:\tMinutes']);
  });

  it('uses a level redefined inside lvlOverride for that list only', () => {
    const xml = numbering(AGENDA, num('1', '0'), num('2', '0', `<w:lvlOverride w:ilvl="0">${level(0, '%1)', 'lowerLetter', 1)}</w:lvlOverride>`));
    expect(lines(body(p('Item', { numId: '1' }), p('first date', { numId: '2' }), p('second date', { numId: '2' })), xml)).toEqual(['1.\tItem', 'a)\tfirst date', 'b)\tsecond date']);
  });

  it('numbers headings whose style carries the list, at the level the paragraph sets, and not when numId 0 switches it off', () => {
    const styles = `<w:styles ${W}><w:style w:type="paragraph" w:styleId="Heading1"><w:pPr><w:numPr><w:numId w:val="1"/></w:numPr></w:pPr></w:style><w:style w:type="paragraph" w:styleId="AgendaHeading"><w:basedOn w:val="Heading1"/></w:style></w:styles>`;
    const doc = body(p('Welcome', { style: 'Heading1' }), p('Noted.', { style: 'Heading1', ilvl: 1 }), p('Budget', { style: 'AgendaHeading' }), p('Not numbered', { style: 'Heading1', numId: '0' }));
    expect(lines(doc, numbering(AGENDA, num('1', '0')), styles)).toEqual(['1.\tWelcome', '1.1\tNoted.', '2.\tBudget', 'Not numbered']);
  });

  it('writes two-digit, roman and letter formats', () => {
    const xml = numbering(abstract('0', level(0, '%1', 'decimalZero', 9)), abstract('1', level(0, '(%1)', 'lowerRoman', 3)), num('1', '0'), num('2', '1'));
    expect(lines(body(p('A', { numId: '1' }), p('B', { numId: '1' }), p('C', { numId: '2' })), xml)).toEqual(['09\tA', '10\tB', '(iii)\tC']);
  });
});

async function docx(documentXml: string, numberingXml: string): Promise<Buffer> {
  const zip = new JSZip();
  zip.file('word/document.xml', documentXml);
  zip.file('word/numbering.xml', numberingXml);
  return zip.generateAsync({ type: 'nodebuffer' });
}

describe('agenda items from Word numbering', () => {
  it('takes items from the top level only, as LibreOffice writes sub-paragraphs "1." "2." on the level below', async () => {
    // LibreOffice's level 1 shows only its own counter ("%2."), so sub-paragraphs look like "1.", "2.", "3.".
    const xml = numbering(abstract('1', level(0, '%1.') + level(1, '%2.')), num('1', '1'));
    const doc = body(
      p('Ridgeway Learning and Improvement Panel'),
      p('Date: 3 October 2025'),
      p('Welcome', { numId: '1', ilvl: 0 }),
      p('KH welcomed members', { numId: '1', ilvl: 1 }),
      p('Rapid review', { numId: '1', ilvl: 0 }),
      p('PS presented the review', { numId: '1', ilvl: 1 }),
      p('The panel agreed the learning', { numId: '1', ilvl: 1 }),
      p('Three partners will share it', { numId: '1', ilvl: 1 }),
      p('Any other business', { numId: '1', ilvl: 0 }),
    );
    const m = await parseMinutesDocx(await docx(doc, xml));
    expect(m.items.map((i) => [i.number, i.title])).toEqual([
      ['1', 'Welcome'],
      ['2', 'Rapid review'],
      ['3', 'Any other business'],
    ]);
    expect(m.items[1]!.text).toBe('1. PS presented the review\n2. The panel agreed the learning\n3. Three partners will share it');
  });
});
