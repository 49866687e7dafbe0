import { describe, it, expect } from 'vitest';
import { parseMinutesLines, parseMinutesText } from './parse.ts';
import { para, row } from './word-lines.ts';
import type { ParsedMinutes } from './types.ts';

/** Layouts met in minutes pasted from PDFs, council templates and trackers, each small enough to read at a glance. */
const minutes = (body: string, date = 'Tuesday 14 January 2025'): ParsedMinutes =>
  parseMinutesText(`Ashdown Safeguarding Children Partnership Executive\nDate: ${date}\n\n${body}`);
const names = (list: { name: string }[]): string[] => list.map((p) => p.name);
const owners = (m: ParsedMinutes): string[][] =>
  m.actions.map((a) =>
    a.owners.map((o) => ('group' in o ? `group:${o.group}` : `${o.as}=${o.person ?? '?'}`)),
  );

describe('text pasted from a PDF', () => {
  const pasted = [
    'Present',
    'Name                              Title                                          Organisation',
    'Helen Marsh (Chair)               Independent Chair                              ASCP',
    'Samira El-Amin                    Assistant Director, Safeguarding and Qual-     Ashdown Council',
    '                                  ity Assurance',
    'Tomas Wise                        Head of Education Safeguarding                 Ashdown Council',
    '',
    '2\tAction log',
    '2.1   The audit had been delayed by the move to the new case management system. The audit',
    '      report will now be brought to the next meeting.                                 Action: TW',
    '',
    '3\tPriorities',
    '3.1   The Chair will meet each statutory partner separately to agree the scrutiny prior-',
    '      ities for 2025/26.                                                            Action: Chair',
    '3.2   Helen Marsh to confirm the health chronology has been quality assured.',
    '                                                                                       Action: SEA',
    '',
    'Dates for 2025/26',
    'All meetings 10.00 – 12.30, Committee Room 3, Ashdown Town Hall, unless stated.',
    '•   Tuesday 8 April',
    '•   Tuesday 8 July – development session, 09.30 – 13.00',
  ].join('\n');

  it('mends a table cell wrapped under its column and keeps each hanging paragraph whole', () => {
    const m = minutes(pasted);
    expect(m.attendees.map((a) => [a.name, a.role])).toEqual([
      ['Helen Marsh', 'Independent Chair'],
      ['Samira El-Amin', 'Assistant Director, Safeguarding and Quality Assurance'],
      ['Tomas Wise', 'Head of Education Safeguarding'],
    ]);
    expect(m.chair?.name).toBe('Helen Marsh');
  });

  it('takes the right-margin marker as the owner of the sentence before it, with words broken at the line end joined', () => {
    const m = minutes(pasted);
    expect(m.actions.map((a) => a.text)).toEqual([
      'The audit report will now be brought to the next meeting',
      'The Chair will meet each statutory partner separately to agree the scrutiny priorities for 2025/26',
      'Helen Marsh to confirm the health chronology has been quality assured',
    ]);
    // The marker, not the sentence's subject, says who owns the last one.
    expect(owners(m)).toEqual([['TW=Tomas Wise'], ['group:Chair'], ['SEA=Samira El-Amin']]);
    expect(m.actions[0]!.due).toBe('2025-04-08');
  });

  it('gives listed dates the shared time and place unless their own line says otherwise', () => {
    expect(minutes(pasted).nextMeetings).toEqual([
      {
        date: '2025-04-08',
        start: '10:00',
        end: '12:30',
        location: 'Committee Room 3, Ashdown Town Hall',
        note: null,
      },
      {
        date: '2025-07-08',
        start: '09:30',
        end: '13:00',
        location: 'Committee Room 3, Ashdown Town Hall',
        note: 'development session',
      },
    ]);
  });
});

describe('attendance written in other ways', () => {
  it('reads spaced-out headings, "Present | Apologies" side by side, and absent members who sent apologies', () => {
    const spaced = minutes(
      'P R E S E N T:-\n\nMrs H Adeyemi, Mr J Kowalski (in the Chair)\n\n1\tWelcome\nNone.',
    );
    expect(names(spaced.attendees)).toEqual(['Mrs H Adeyemi', 'Mr J Kowalski']);
    expect(spaced.chair?.name).toBe('Mr J Kowalski');
    const columns = minutes(
      'Present\t\t\tApologies\nAndrew Kessler (AK) – Director (Chair)\tColin Bright (CBr) – Housing, Ashdown Council\nNadine Foster – Head of Service\n\nAbsent: Peter Oakes – Brentside Academy – apologies; Claire Donnelly – Feltham School\n\n1.\tWelcome\nNone.',
    );
    expect([names(columns.attendees), names(columns.apologies)]).toEqual([
      ['Andrew Kessler', 'Nadine Foster'],
      ['Colin Bright', 'Peter Oakes'],
    ]);
  });

  it('reads an "Agency | Representative | Present / Apologies" register', () => {
    const m = minutes(
      'Attendance\nAgency\tRepresentative\tPresent / Apologies\nAshdown Police\tDI Rebecca Shaw\tPresent\nAdult Social Care\tCarys Pugh\tApologies\n\nItem 1 – Welcome\nNone.',
    );
    expect([names(m.attendees), names(m.apologies)]).toEqual([['DI Rebecca Shaw'], ['Carys Pugh']]);
  });
});

describe('owners', () => {
  it('keeps a post whose name holds "and" whole, and reads Mc, O’ and title-and-surname owners', () => {
    const m = minutes(
      'Present: Rory McAllister (Youth Justice), Liam O’Rourke (Health), Mrs P O’Driscoll (Governor), Chief Insp Dariusz Nowak (Police)\n\n1. Actions\nACTION: Head of Safeguarding and Quality Assurance to include caseloads in future reports.\nACTION: RMcA and LOR to report back on the pilot.\nACTION: Mrs O’Driscoll to check the single central record.\nACTION: Chief Insp Nowak to share the problem profile.\nACTION: DSL to share attendance data each half term.',
    );
    expect(owners(m)).toEqual([
      ['group:Head of Safeguarding and Quality Assurance'],
      ['RMcA=Rory McAllister', 'LOR=Liam O’Rourke'],
      ['Mrs O’Driscoll=Mrs P O’Driscoll'],
      ['Chief Insp Nowak=Chief Insp Dariusz Nowak'],
      ['group:DSL'],
    ]);
  });
});

describe('trackers and tables', () => {
  it('leaves out rows a status or a tick closes, whatever the RAG column says', () => {
    const m = minutes(
      'Action log\nLead\tAction\tDue\tRAG\tStatus\nCF\tCirculate the briefing to all schools\t31/01/2025\tGreen\tCompleted\nYH\tScope the waiting list\t14-Apr-25\tAmber\tOpen\nYH\tShare the pathway\t30.06.25\tGreen\t✓\n\nPresent: Callum Fraser, Yusuf Hale',
    );
    expect(m.actions.map((a) => [a.text, a.due])).toEqual([['Scope the waiting list', '2025-04-14']]);
  });

  it('pairs two actions in one Word cell with their leads and timescales paragraph by paragraph', () => {
    const m = parseMinutesLines(
      [
        para('Ashdown Child Exploitation Group'),
        para('Date: Thursday 12 December 2024'),
        para('Present: Jasmine Malik, Tunde Oyelaran'),
        row('No.', 'Item / Discussion', 'Action', 'Lead', 'Timescale'),
        row(
          '3',
          'Dashboard\nMembers agreed it should be shared.',
          'Add referrals to the dashboard\nShare the dashboard with the CSP',
          'JM\nPartnership team',
          '31.01.25\nImmediately',
        ),
      ],
      'test.docx',
    );
    expect(m.items.map((i) => [i.number, i.title])).toEqual([['3', 'Dashboard']]);
    expect(m.actions.map((a) => [a.text, a.due])).toEqual([
      ['Add referrals to the dashboard', '2025-01-31'],
      ['Share the dashboard with the CSP', null],
    ]);
    expect(owners(m)).toEqual([['JM=Jasmine Malik'], ['group:Partnership team']]);
  });
});

describe('dates', () => {
  it('reads a list of meetings with times beside their dates, and not a conference listed with them', () => {
    const m = minutes(
      '1. Any other business\nNone.\n\nFuture meetings – 3.30pm to 5pm, Heathcote School\n• Wednesday 9 July\n• Wednesday 8 October – venue to be confirmed\n\nPractitioner conference: Wednesday 3 June 2025, Ashdown Town Hall',
      'Wednesday 14 May 2025',
    );
    expect(m.nextMeetings).toEqual([
      { date: '2025-07-09', start: '15:30', end: '17:00', location: 'Heathcote School', note: null },
      { date: '2025-10-08', start: '15:30', end: '17:00', location: null, note: 'venue to be confirmed' },
    ]);
  });

  it('reads dotted and day-month-year dates, and the date of the meeting an action is aimed at', () => {
    const m = minutes(
      'Present: Ann Kovacs, Sunil Rao\n\n1. Actions\nACTION: AK to circulate the analysis by 7.3.25.\nACTION: SR to confirm the figures by 28-Feb-25.\nACTION: AK to present the report to the Partnership Executive on 3rd Oct 2025.',
    );
    expect(m.actions.map((a) => a.due)).toEqual(['2025-03-07', '2025-02-28', '2025-10-03']);
  });
});

describe('exports from wikis, Teams and email', () => {
  it('reads open Markdown tasks as actions with their owners and dates, and leaves ticked ones out', () => {
    const m = minutes(
      'Present: Sarah Milne, Sarah Moss, Jodie Ellis\n\n1. Follow-up tasks\n- [ ] Send the missing episode list to the Virtual School — Sarah — by Fri 21 March\n- [x] Share the police figures — @Jodie Ellis\n- [ ] Share completion rates by provider — @Jodie Ellis — 1/4/25',
      'Friday 7 March 2025',
    );
    expect(m.actions.map((a) => [a.text, a.due])).toEqual([
      ['Send the missing episode list to the Virtual School', '2025-03-21'],
      ['Share completion rates by provider', '2025-04-01'],
    ]);
    expect(owners(m)).toEqual([['Sarah=?'], ['Jodie Ellis=Jodie Ellis']]);
  });

  it('finds apologies in a later sentence, and drops progress remarks from an action while carrying it forward', () => {
    const m = minutes(
      'Present: Paul Lowe, Marcus Dyer\n\n1. Welcome and apologies\nPL welcomed everyone. Apologies were received from Tom Garside (Ferry Lane Academy) and Sue Hammond (CAMHS) had sent apologies late.\n\nMD to share the hotspot map with schools - still outstanding, carried forward (Action: MD).',
    );
    expect(names(m.apologies)).toEqual(['Tom Garside', 'Sue Hammond']);
    expect(m.actions.map((a) => [a.text, a.carriedForward])).toEqual([
      ['MD to share the hotspot map with schools', true],
    ]);
  });
});

describe('more shapes from the fifth set', () => {
  it('reads a table typed with pipes and no edges, a task tagged @Name first, an emoji-marked action and a deadline set off at the end', () => {
    const m = minutes(
      [
        'Present: Dawn Featherstone, Dr Lucia Ferreira, Jo Penhaligon, Angela Pike',
        '',
        '1. Policy',
        'Noted.',
        '➡️ **Action:** Jo to brief triage staff on notifications by Fri 24 January',
        'Action: Angela to circulate the revised checklist to all members – by 30th January',
        '- [ ] @Dr Lucia Ferreira Present the audit findings to the Partnership Executive on 13 February 2025',
        '',
        'Actions from this meeting',
        'No | Item | Action | Who | By when',
        '1 | 1 | Circulate the updated policy to all staff (c/f from June) | DF | 31.01.25',
      ].join('\n'),
    );
    expect(m.actions.map((a) => [a.text, a.due, a.carriedForward])).toEqual([
      ['Jo to brief triage staff on notifications by Fri 24 January', '2025-01-24', false],
      ['Angela to circulate the revised checklist to all members', '2025-01-30', false],
      ['Present the audit findings to the Partnership Executive on 13 February 2025', '2025-02-13', false],
      ['Circulate the updated policy to all staff', '2025-01-31', true],
    ]);
    expect(owners(m)).toEqual([
      ['Jo=Jo Penhaligon'],
      ['Angela=Angela Pike'],
      ['Dr Lucia Ferreira=Dr Lucia Ferreira'],
      ['DF=Dawn Featherstone'],
    ]);
  });

  it('keeps an organisation whose name holds "and" with its person, and another body’s meeting out of the next meetings', () => {
    const m = minutes(
      'Present: Hugo Brandt (HB), Station Manager, Westmarch Fire and Rescue Service; Sharon Wragg (SWr), Chief Executive, Yarrowdale Women’s Aid\n\n1. Date of next meeting\nThe next meeting will be held on Tuesday 11 March 2025. The Corporate Parenting Board will meet on Monday 27 January 2025, and the regional learning day is on Thursday 6 February 2025.',
    );
    expect(m.attendees.map((a) => [a.name, a.organisation])).toEqual([
      ['Hugo Brandt', 'Westmarch Fire and Rescue Service'],
      ['Sharon Wragg', 'Yarrowdale Women’s Aid'],
    ]);
    expect(m.nextMeetings.map((n) => n.date)).toEqual(['2025-03-11']);
  });
});

describe('shapes from the sixth set', () => {
  it('reads "ACTION (FT / GL): Plan …" (a task that starts with "Plan" is not an action plan) and a marker mid-paragraph followed by the whole action', () => {
    const m = minutes(
      'Present: Frances Tovey (FT), Grace Lindley (GL), Paul Hennessy (PH), Ruby Castell (RC)\n\n3. Neglect\nA refresher was requested.\nACTION (FT / GL): Plan a refresher session for practitioners by 25-Nov-25.\nThe action plan was noted.\n\n4. Early help\nHousing have not attended yet. Action: PH to arrange for a housing officer to attend a hub meeting (c/f).\n\n5. Parenting\nRuby described the programme. Action: RC – produce a one-page flyer for schools for 21 January 2026.',
    );
    expect(m.actions.map((a) => [a.text, a.due, a.carriedForward])).toEqual([
      ['Plan a refresher session for practitioners by 25-Nov-25', '2025-11-25', false],
      ['PH to arrange for a housing officer to attend a hub meeting', null, true],
      ['RC – produce a one-page flyer for schools for 21 January 2026', '2026-01-21', false],
    ]);
    expect(owners(m)).toEqual([
      ['FT=Frances Tovey', 'GL=Grace Lindley'],
      ['PH=Paul Hennessy'],
      ['RC=Ruby Castell'],
    ]);
  });

  it('leaves progress reports on numbered earlier actions to the action log, and reads a wrapped date that starts a line', () => {
    const m = minutes(
      'Present: Joanne Darby (JD), Sharon Ebdon (SE)\n\n2.0 Matters arising\n- Action 3 (JD) - confirm the licences held by health: JD has sent apologies; c/f.\n\n3.0 Response\nSE to agree the response by\n30.01.26 (Action: SE).\n\nACTION LOG\nRef | Item | Action | Lead | Target date | Status\n3 | 2.0 | Confirm number of licences held by health | JD | 25/09/2025 | c/f',
      'Thursday 6 November 2025',
    );
    expect(m.actions.map((a) => [a.text, a.item, a.carriedForward])).toEqual([
      ['SE to agree the response by 30.01.26', '3', false],
      ['Confirm number of licences held by health', '2', true],
    ]);
  });
});
