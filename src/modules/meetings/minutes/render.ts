import { Document, Packer, Paragraph, Tab, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';
import type { ActionOwner, MinutesAction, NextMeeting, ParsedMinutes } from './types.ts';
import { NEXT_MEETINGS_HEADING } from './next-meetings.ts';

const DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "2013-01-17" → "Thursday 17 January 2013", the way minutes write dates. */
export function longDate(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  const day = new Date(Date.UTC(y, m - 1, d)).getUTCDay();
  return `${DAYS[day]} ${d} ${MONTHS[m - 1]} ${y}`;
}

const span = (start: string | null, end: string | null): string => (start ? (end ? `${start} – ${end}` : start) : '');

const labelled = (label: string, value: string): Paragraph =>
  new Paragraph({ children: [new TextRun({ text: `${label}:`, bold: true }), new TextRun({ children: [new Tab(), value] })] });

const heading = (text: string, size = 24): Paragraph => new Paragraph({ spacing: { before: 240 }, children: [new TextRun({ text, bold: true, size })] });

function table(header: string[], rows: string[][]): Table {
  const row = (cells: string[], bold: boolean): TableRow =>
    new TableRow({
      tableHeader: bold,
      children: cells.map((c) => new TableCell({ children: [new Paragraph({ children: [new TextRun({ text: c, bold })] })] })),
    });
  return new Table({ width: { size: 100, type: WidthType.PERCENTAGE }, rows: [row(header, true), ...rows.map((r) => row(r, false))] });
}

/** An owner as the minutes would name them; the full name in brackets where initials stand for someone. */
function ownerText(o: ActionOwner): string {
  if ('group' in o) return o.group;
  return o.person && o.person !== o.as ? `${o.as} (${o.person})` : o.as;
}

function actionParagraph(a: MinutesAction): Paragraph {
  const marker = a.carriedForward ? 'ACTION (carried forward):' : 'ACTION:';
  const extras: string[] = [];
  if (a.owners.length) extras.push(`Owner: ${a.owners.map(ownerText).join(', ')}`);
  if (a.due) extras.push(`Due: ${longDate(a.due)}`);
  return new Paragraph({
    children: [new TextRun({ text: `${marker} `, bold: true }), new TextRun([a.text, ...extras].join(' – '))],
  });
}

function meetingsTable(list: NextMeeting[]): Table {
  return table(
    ['Date', 'Time', 'Venue', 'Notes'],
    list.map((m) => [longDate(m.date), span(m.start, m.end), m.location ?? '', m.note ?? '']),
  );
}

/**
 * Writes minutes in the conventional layout: header block, Present and Apologies tables,
 * numbered items with presenter, commitments and ACTION lines, and future meeting dates.
 */
export async function renderMinutesDocx(minutes: ParsedMinutes): Promise<Buffer> {
  const body: (Paragraph | Table)[] = [
    new Paragraph({ children: [new TextRun({ text: 'Minutes', bold: true, size: 32 })] }),
    labelled('Meeting', minutes.title),
    labelled('Date', longDate(minutes.date)),
  ];
  if (minutes.start) body.push(labelled('Time', span(minutes.start, minutes.end)));
  if (minutes.location) body.push(labelled('Location', minutes.location));
  if (minutes.chair) {
    const c = minutes.chair;
    body.push(labelled('Chair', `${c.name}${c.organisation ? ` (${c.organisation})` : ''}${c.standingInFor ? ` – standing in for ${c.standingInFor}` : ''}`));
  }
  if (minutes.attendees.length) {
    body.push(heading('Present'));
    body.push(table(['Name', 'Organisation', 'Role', 'Representing'], minutes.attendees.map((a) => [a.name, a.organisation ?? '', a.role ?? '', a.representing ?? ''])));
  }
  if (minutes.apologies.length) {
    body.push(heading('Apologies'));
    body.push(table(['Name', 'Organisation'], minutes.apologies.map((a) => [a.name, a.organisation ?? ''])));
  }
  for (const a of minutes.actions.filter((x) => x.item === null)) body.push(actionParagraph(a));
  let meetingsPlaced = false;
  for (const item of minutes.items) {
    body.push(heading(`${item.number}.\t${item.title}`));
    if (item.presenter) body.push(labelled('Presented by', item.presenter));
    // The item's minutes as stored: action lines were kept apart as actions and follow below.
    for (const line of item.text?.split('\n') ?? []) if (line.trim()) body.push(new Paragraph(line));
    for (const s of minutes.suggestedActions.filter((x) => x.item === item.number)) body.push(new Paragraph(`${s.text}.`));
    for (const a of minutes.actions.filter((x) => x.item === item.number)) body.push(actionParagraph(a));
    if (!meetingsPlaced && minutes.nextMeetings.length && NEXT_MEETINGS_HEADING.test(item.title)) {
      body.push(meetingsTable(minutes.nextMeetings));
      meetingsPlaced = true;
    }
  }
  if (!meetingsPlaced && minutes.nextMeetings.length) {
    body.push(heading('Dates of future meetings'));
    body.push(meetingsTable(minutes.nextMeetings));
  }
  const doc = new Document({ creator: 'Safeguarding Hub', title: minutes.title, sections: [{ children: body }] });
  return Packer.toBuffer(doc);
}
