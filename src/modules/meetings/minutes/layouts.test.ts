import { describe, it, expect } from 'vitest';
import { parseMinutesText } from './parse.ts';
import type { ParsedMinutes } from './types.ts';

/** Minutes in the layouts real boards and committees use, each small enough to read at a glance. */
const minutes = (body: string, date = 'Thursday 2 October 2025'): ParsedMinutes => parseMinutesText(`Hartswood Safeguarding Children Partnership\nDate: ${date}\n\n${body}`);
const names = (list: { name: string }[]): string[] => list.map((p) => p.name);
const owners = (m: ParsedMinutes): string[][] => m.actions.map((a) => a.owners.map((o) => ('group' in o ? `group:${o.group}` : `${o.as}=${o.person ?? '?'}`)));

describe('attendance layouts', () => {
  it('reads one person a line as "Name, Role, Organisation", with attendance notes left out', () => {
    const m = minutes('Present:\nDr Eleanor Marsh, Independent Scrutineer (Chair)\nMarcus Whitfield, Director of Children’s Services, Hartswood Council\n\nIn attendance:\nFatima Bello, Principal Social Worker (item 4)\n\n1. Welcome\nNone.');
    expect(m.attendees).toEqual([
      { name: 'Dr Eleanor Marsh', organisation: null, representing: null, role: 'Independent Scrutineer' },
      { name: 'Marcus Whitfield', organisation: 'Hartswood Council', representing: null, role: 'Director of Children’s Services' },
      { name: 'Fatima Bello', organisation: null, representing: null, role: 'Principal Social Worker' },
    ]);
  });

  it('keeps a bulleted person whole, and "Name – Org, Unit" as one organisation', () => {
    const m = minutes('Attendees\n• Priya Mohan, Domestic Abuse Navigator, Safer Hartswood\n• Leon Daniels – Hartswood Council, Youth Justice Service\n\n1. Welcome\nNone.');
    expect(m.attendees.map((a) => [a.name, a.organisation])).toEqual([
      ['Priya Mohan', 'Safer Hartswood'],
      ['Leon Daniels', 'Hartswood Council, Youth Justice Service'],
    ]);
  });

  it('reads present and apologies side by side, an attendance register, and leaves absent members out of both', () => {
    const side = minutes('Members present\tApologies\nJo Bligh – Council\tMark Ferris – Virtual School\nTariq Aziz – Police\n\n1. Welcome\nNone.');
    expect([names(side.attendees), names(side.apologies)]).toEqual([['Jo Bligh', 'Tariq Aziz'], ['Mark Ferris']]);
    const register = minutes('| Member | Agency | Attendance |\n|---|---|---|\n| Marcus Feeney | Council | Present |\n| Nicola Barr | Schools | Apologies |\n| Tomasz Nowicki | Probation | Absent |\n\n1. Welcome\nNone.');
    expect([names(register.attendees), names(register.apologies)]).toEqual([['Marcus Feeney'], ['Nicola Barr']]);
    const absent = minutes('Present: Jo Bligh (Chair)\nAbsent: Ross Whelan (Probation)\nApologies: Tania Baptiste\n\n1. Welcome\nNone.');
    expect([names(absent.attendees), names(absent.apologies)]).toEqual([['Jo Bligh'], ['Tania Baptiste']]);
  });

  it('reads councillors, initials and the note-taker as people', () => {
    const m = minutes(
      'Councillors present: Cllr Helen Ashworth (Chair) and Cllr David Mbeki\nOfficers: Mrs J. Okonjo (Clerk)\nMinutes: Ellen Park\nApologies for absence were received from Councillors Graham Spence and Lucy Trent. There were no substitutions.\n\n1. Welcome\nNone.',
    );
    expect(names(m.attendees)).toEqual(['Cllr Helen Ashworth', 'Cllr David Mbeki', 'Mrs J. Okonjo', 'Ellen Park']);
    expect(names(m.apologies)).toEqual(['Graham Spence', 'Lucy Trent']);
  });
});

describe('headers that leave things out', () => {
  it('takes a meeting date written without its year from the years the minutes use, and a first line for a missing name', () => {
    const m = parseMinutesText('Hartswood Board\nDate: Thursday 12 March\n\n1. Minutes of 8 January 2026\nAgreed.\n2. Next meeting\nThursday 14 May');
    expect([m.date, m.nextMeetings.map((n) => n.date)]).toEqual(['2026-03-12', ['2026-05-14']]);
    expect(parseMinutesText('Minutes of the meeting held on 3 March 2025\n\n1. Welcome\nNone.').title).toBe('Minutes of the meeting held on 3 March 2025');
  });
});

describe('minutes pasted from a PDF', () => {
  it('drops running headers and page footers, even mid-sentence, and splits names from organisations run together', () => {
    const page = 'Partnership Executive minutes – 2 October 2025                    Page 1 of 2';
    const m = minutes(
      `Present:\nJane Smith Hartswood Council\nDr Tom Reid Designated Doctor, Hartswood ICB\n\n1. Neglect audit\nThe audit found good direct work.\nACTION: JS to circulate the audit report to all\n${page.replace('1 of', '2 of')}\npartners by 31 October\n${page}\n2. Any other business\nNone.`,
    );
    expect(m.attendees.map((a) => [a.name, a.organisation, a.role])).toEqual([
      ['Jane Smith', 'Hartswood Council', null],
      ['Dr Tom Reid', 'Hartswood ICB', 'Designated Doctor'],
    ]);
    expect(m.actions.map((a) => [a.text, a.due])).toEqual([['JS to circulate the audit report to all partners by 31 October', '2025-10-31']]);
    expect(m.items.map((i) => i.text)).toEqual(['The audit found good direct work.\nACTION: JS to circulate the audit report to all partners by 31 October', 'None.']);
  });
});

describe('attendance notes', () => {
  it('moves members marked "(apologies)" to the apologies, and reads "In attendance for item 3:"', () => {
    const m = minutes('Members: Jane Smith (Chair), Rosa Diaz (Health) (apologies), Tom Reed – apologies\nIn attendance for item 3: Dr Ola Ade (Paediatrician)\nApologies: received from Kim Lowe\n\n1. Audit\nNone.');
    expect([names(m.attendees), names(m.apologies)]).toEqual([['Jane Smith', 'Dr Ola Ade'], ['Rosa Diaz', 'Tom Reed', 'Kim Lowe']]);
  });
});

describe('agenda item layouts', () => {
  it('reads "1.0 Title", "Item 3:" and bare "4 Title" headings, and not a numbered list of actions', () => {
    const m = minutes('1.0 Introductions\n1.1 Welcome given.\n\nItem 2: Dashboard\nPresent: Jo Bligh (Chair)\nActions:\n1. JB to add locality data\n2. JB to share the report\n\n3 Any other business\nNone.');
    expect(m.items.map((i) => [i.number, i.title])).toEqual([
      ['1', 'Introductions'],
      ['2', 'Dashboard'],
      ['3', 'Any other business'],
    ]);
    expect(m.actions.map((a) => a.text)).toEqual(['JB to add locality data', 'JB to share the report']);
  });

  it('reads minutes written as a table, one item a row, with its actions and owners', () => {
    const m = minutes('Present: Rob Keane (Police), Tessa Liddell (Council)\n\n| Item | Discussion | Action | Owner |\n|---|---|---|---|\n| 1. Welcome | Apologies noted. | | |\n| 2. Rapid review | The review will go to the Panel. | Share the chronology | RK |');
    expect(m.items.map((i) => [i.number, i.title, i.text])).toEqual([
      ['1', 'Welcome', 'Apologies noted.'],
      ['2', 'Rapid review', 'The review will go to the Panel.\nACTION: Share the chronology – Owner: RK'],
    ]);
    expect(m.actions.map((a) => [a.text, a.item])).toEqual([['Share the chronology', '2']]);
    expect(owners(m)).toEqual([['RK=Rob Keane']]);
  });
});

describe('action layouts', () => {
  const people = 'Present: Jane Smith (Chair), Ali Khan (Police), Rosa Diaz (Health), Ruth Ferguson (Partnership Manager)\n\n1. Audit\n';

  it('finds owners in brackets, before a dash, on the line below, or in a marker after the paragraph', () => {
    const m = minutes(
      `${people}ACTION (AK): circulate the updated referral form\nAction: Confirm police disclosure for the review (Rosa Diaz)\nAction: RD – add the views of children to the report\nACTION: Develop a neglect audit tool\nOwner: Ruth Ferguson   Deadline: 30th January 2026\nThe report will be shared with schools (Action: AK by 3 Nov).\nRD will send the data to the group.\nAction: (RD)\nRF to add this to the next agenda.\nACTION: Update the website – Rosa Diaz/Ali Khan`,
    );
    expect(m.actions.map((a) => [a.text, a.due])).toEqual([
      ['circulate the updated referral form', null],
      ['Confirm police disclosure for the review', null],
      ['RD – add the views of children to the report', null],
      ['Develop a neglect audit tool', '2026-01-30'],
      ['The report will be shared with schools', '2025-11-03'],
      ['RD will send the data to the group', null],
      ['RF to add this to the next agenda', null],
      ['Update the website', null],
    ]);
    expect(owners(m)).toEqual([['AK=Ali Khan'], ['Rosa Diaz=Rosa Diaz'], ['RD=Rosa Diaz'], ['Ruth Ferguson=Ruth Ferguson'], ['AK=Ali Khan'], ['RD=Rosa Diaz'], ['RF=Ruth Ferguson'], ['Rosa Diaz=Rosa Diaz', 'Ali Khan=Ali Khan']]);
  });

  it('leaves out a tracker’s completed rows and does not count an action twice when the log repeats it', () => {
    const m = minutes(
      `${people}ACTION: AK to share the police chronology with the reviewer\n\nAction tracker\n| Ref | Action | Lead | Deadline | Update | RAG |\n|---|---|---|---|---|---|\n| QA/24/11 | Share the audit tool with the college | RD | 30 April 2025 | Shared in April | Green – complete |\n| QA/25/02 | Share police chronology with the reviewer | AK | 17/10/2025 | | Amber |\n| QA/25/03 | Confirm health representation | RD | ASAP | Ongoing | Red |`,
    );
    expect(m.actions.map((a) => [a.text, a.due])).toEqual([
      ['AK to share the police chronology with the reviewer', '2025-10-17'],
      ['Confirm health representation', null],
    ]);
  });
});

describe('due dates', () => {
  const due = (written: string, date?: string): string | null => minutes(`Present: Jane Smith (Chair)\n\n1. Audit\nACTION: JS to send the report ${written}`, date).actions[0]!.due;

  it('reads UK dates however they are written, with the year from the meeting', () => {
    expect([due('by 03.10.25'), due('by 3rd Oct 2025'), due('by 12-Nov-25'), due('by 31/10'), due('by Friday 10th October')]).toEqual(['2025-10-03', '2025-10-03', '2025-11-12', '2025-10-31', '2025-10-10']);
    // December minutes asking for something "by 15 January" mean the January after.
    expect(due('by 15 January', 'Tuesday 9 December 2025')).toBe('2026-01-15');
  });

  it('gives no date for a week, a month, "ASAP" or "ongoing"', () => {
    expect([due('by w/c 6 October'), due('by end of November'), due('ASAP'), due('– ongoing'), due('by mid-November')]).toEqual([null, null, null, null, null]);
  });

  it('finds next meetings said in prose, but not a paper deadline beside them or a meeting an action is due at', () => {
    const m = minutes(
      'Present: Jane Smith (Chair)\n\n1. Audit\nJS to book the venue for the next meeting on 12 November.\nThe next meeting of the Board is on Tuesday 9 December 2025 (papers by 28 November).\nFuture meetings will be held on Teams from 1 January.\n2. AOB\nMeeting dates for 2026: 10 February, 14 April and 9 June.',
    );
    expect(m.nextMeetings.map((n) => n.date)).toEqual(['2025-12-09', '2026-02-10', '2026-04-14', '2026-06-09']);
  });

  it('lists future meetings that run into the next year, and "by the next meeting" takes the first of them', () => {
    const m = minutes('Present: Jane Smith (Chair)\n\n1. Audit\nACTION: JS to report back by the next meeting\n\n2. Dates of future meetings\nThursday 11 December\nThursday 12 February', 'Thursday 2 October 2025');
    expect(m.nextMeetings.map((n) => n.date)).toEqual(['2025-12-11', '2026-02-12']);
    expect(m.actions[0]!.due).toBe('2025-12-11');
  });
});
