import { describe, it, expect } from 'vitest';
import JSZip from 'jszip';
import { parseMinutesDocx } from './read.ts';

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
const p = (text: string): string => `<w:p><w:r><w:t xml:space="preserve">${text}</w:t></w:r></w:p>`;
const cell = (text: string): string => `<w:tc>${text.split('\n').map(p).join('')}</w:tc>`;
const table = (rows: string[][]): string => `<w:tbl>${rows.map((r) => `<w:tr>${r.map(cell).join('')}</w:tr>`).join('')}</w:tbl>`;

async function docx(...body: string[]): Promise<Buffer> {
  const zip = new JSZip();
  zip.file('word/document.xml', `<w:document ${W}><w:body>${body.join('')}</w:body></w:document>`);
  return zip.generateAsync({ type: 'nodebuffer' });
}

describe('Word paragraphs in minutes', () => {
  it('splits a numbered heading from the discussion written after a line break in the same paragraph', async () => {
    const numbering = `<w:numbering ${W}><w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl></w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num></w:numbering>`;
    const item = (title: string, text: string): string => `<w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr></w:pPr><w:r><w:t>${title}</w:t><w:br/><w:t>${text}</w:t></w:r></w:p>`;
    const zip = new JSZip();
    zip.file('word/document.xml', `<w:document ${W}><w:body>${p('Riverside Panel')}${p('12 June 2025')}${item('Welcome', 'The Chair welcomed members.')}${item('Case reviews', 'ACTION: LD to circulate the safe sleep guidance.')}</w:body></w:document>`);
    zip.file('word/numbering.xml', numbering);
    const m = await parseMinutesDocx(await zip.generateAsync({ type: 'nodebuffer' }));
    expect(m.items.map((i) => [i.number, i.title, i.text])).toEqual([
      ['1', 'Welcome', 'The Chair welcomed members.'],
      ['2', 'Case reviews', 'ACTION: LD to circulate the safe sleep guidance.'],
    ]);
    expect(m.actions.map((a) => [a.text, a.item])).toEqual([['LD to circulate the safe sleep guidance', '2']]);
  });
});

describe('Word tables in minutes', () => {
  it('reads attendance from label cells ("Present" | one person a paragraph) and the note-taker row', async () => {
    const m = await parseMinutesDocx(
      await docx(
        p('Oakhurst Quality Assurance Sub-group'),
        p('Wednesday 14 May 2025'),
        table([
          ['Present', 'Joanne Bligh (Chair) – Oakhurst Council\nDI Tariq Aziz – Oakhurst Police'],
          ['Apologies', 'Beatrice Nwosu – Probation'],
          ['Minutes', 'Ellen Park – Oakhurst SCP'],
        ]),
        p('1. Welcome'),
        p('None.'),
      ),
    );
    expect(m.attendees.map((a) => [a.name, a.organisation, a.role])).toEqual([
      ['Joanne Bligh', 'Oakhurst Council', 'Chair'],
      ['DI Tariq Aziz', 'Oakhurst Police', null],
      ['Ellen Park', 'Oakhurst SCP', 'minutes'],
    ]);
    expect(m.apologies).toEqual([{ name: 'Beatrice Nwosu', organisation: 'Probation' }]);
  });

  it('reads minutes kept in a table with no heading row: number | title and discussion | action', async () => {
    const m = await parseMinutesDocx(
      await docx(
        p('Brackenford Health Sub-Group'),
        p('Notes of the meeting held on Tuesday 4 November 2025'),
        p('Present: Pippa Lowe (Named Nurse), Ravi Menon (Named GP)'),
        table([
          ['1.', 'Welcome and apologies\nThe Chair welcomed members.', ''],
          ['2.', 'Was Not Brought audit\nPL presented the re-audit of missed appointments for children.', 'PL to share the audit with the hospital safeguarding committee by 28 November 2025'],
        ]),
      ),
    );
    expect(m.items.map((i) => [i.number, i.title])).toEqual([
      ['1', 'Welcome and apologies'],
      ['2', 'Was Not Brought audit'],
    ]);
    expect(m.actions.map((a) => [a.text, a.item, a.due, a.owners[0]])).toEqual([
      ['PL to share the audit with the hospital safeguarding committee by 28 November 2025', '2', '2025-11-28', { as: 'PL', person: 'Pippa Lowe', candidates: ['Pippa Lowe'] }],
    ]);
  });
});
