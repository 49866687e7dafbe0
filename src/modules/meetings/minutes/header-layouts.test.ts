import { describe, it, expect } from 'vitest';
import { parseMinutesLines, parseMinutesText } from './parse.ts';
import type { Line } from './lines.ts';
import { para } from './word-lines.ts';

/** The header block as minute-takers write it: what the meeting is, when, where and who chaired it. */
const itemsAfter = '\n\nPresent: Jo Bradshaw (Chair), Kate Thornton\n\n1. Welcome\nThe Chair welcomed members.\n';
const header = (top: string): ReturnType<typeof parseMinutesText> => parseMinutesText(`${top}${itemsAfter}`);
const when = (m: ReturnType<typeof parseMinutesText>): unknown => ({ date: m.date, start: m.start, end: m.end, location: m.location });

describe('when and where, unlabelled', () => {
  it('reads a date line opened by words that name no meeting ("Meeting notes –", "Minutes –")', () => {
    expect(when(header('Brackenmoor Safeguarding Children Partnership\nNeglect Sub-group\n\nMeeting notes – Tuesday 3 March 2026, 1.30pm to 3.30pm, Microsoft Teams'))).toEqual({
      date: '2026-03-03',
      start: '13:30',
      end: '15:30',
      location: 'Microsoft Teams',
    });
    expect(when(header('Exploitation Operational Group\nMinutes – Wednesday 20 May 2026, 14:00 – 16:00, Wyvernham Police Station, Briefing Room 1'))).toMatchObject({
      start: '14:00',
      location: 'Wyvernham Police Station, Briefing Room 1',
    });
  });

  it('reads a line of date, time and place separated by bars or dots, and Markdown emphasis around it', () => {
    expect(when(header('## Learning and Improvement Sub-group\n\n**Minutes** | Monday 18 November 2024 | 14:00–16:00 | Committee Room B, Corrington Town Hall'))).toEqual({
      date: '2024-11-18',
      start: '14:00',
      end: '16:00',
      location: 'Committee Room B, Corrington Town Hall',
    });
    expect(when(header('# Partnership Business Group\n\n*Notes of meeting on Tuesday 16 June 2026, 2pm–4pm, Stenmoor Civic Centre, Committee Room B*'))).toMatchObject({
      start: '14:00',
      location: 'Stenmoor Civic Centre, Committee Room B',
    });
    const dotted = header('# Domestic Abuse Partnership Board\n\n**Date:** Tuesday 8 April 2025 &nbsp;·&nbsp; **Time:** 10:00 – 12:00 &nbsp;·&nbsp; **Venue:** Committee Room B, Foxley Town Hall');
    expect(when(dotted)).toEqual({ date: '2025-04-08', start: '10:00', end: '12:00', location: 'Committee Room B, Foxley Town Hall' });
  });

  it('takes the venue from the line under a "held on" sentence, "via Teams" giving the place', () => {
    expect(when(header('Executive Group\n\nMinutes of meeting held on Wednesday 14 May 2025, 10:00 – 12:30\nCouncil Chamber, Wethercombe Guildhall'))).toMatchObject({
      start: '10:00',
      location: 'Council Chamber, Wethercombe Guildhall',
    });
    expect(header('RAPID REVIEW GROUP\nMinutes of the meeting held on Friday 7 June 2024, 10.00am to 12.00pm\nMeeting held via Microsoft Teams').location).toBe('Microsoft Teams');
    expect(header('Health Group\nMinutes of the meeting held on Thursday 22 January 2026 at 14:00–16:00 via MS Teams').location).toBe('MS Teams');
  });

  it('reads a venue in lower case after "in", and drops the article before it', () => {
    expect(header('Minutes of the Safeguarding Committee held on Thursday 12 March 2026 at 5.30pm in the school library').location).toBe('school library');
    expect(header('Minutes of a meeting of the Corporate Parenting Panel held at the Council Offices, Eastwick Marsh on Monday 20 January 2025 at 5.30 pm').location).toBe('Council Offices, Eastwick Marsh');
  });

  it('joins a Word title paragraph to the "held on" paragraph below it', () => {
    const m = parseMinutesLines(
      ['KINGSMERE BOROUGH COUNCIL', 'MINUTES OF THE CORPORATE PARENTING PANEL', 'held on Monday 3 March 2025 at 6.30 pm in Committee Room 4, Kingsmere Civic Offices', 'Present: Councillor Sarah Okafor (Chair)', '1. Apologies', 'None.'].map(para),
      'panel.docx',
    );
    expect({ title: m.title, ...(when(m) as object) }).toEqual({ title: 'CORPORATE PARENTING PANEL', date: '2025-03-03', start: '18:30', end: null, location: 'Committee Room 4, Kingsmere Civic Offices' });
  });

  it('reads labels set side by side in the cells of one table row', () => {
    const row: Line = { text: 'Date: Thursday 25 September 2025\tTime: 14:00 – 16:00\tVenue: Boardroom, Foxley General Hospital', cells: ['Date: Thursday 25 September 2025', 'Time: 14:00 – 16:00', 'Venue: Boardroom, Foxley General Hospital'], para: true, row: true };
    const m = parseMinutesLines([{ text: 'Safeguarding Committee', cells: ['Safeguarding Committee'], para: true }, row, { text: '1. Welcome', cells: ['1. Welcome'], para: true }], 'c.docx');
    expect(when(m)).toEqual({ date: '2025-09-25', start: '14:00', end: '16:00', location: 'Boardroom, Foxley General Hospital' });
  });
});

describe('the meeting’s name', () => {
  it('drops a trailing "– meeting notes" and the date after a front-matter title', () => {
    expect(header('# Child Exploitation Practitioners’ Forum – meeting notes\n\nDate: Tuesday 24 March 2026').title).toBe('Child Exploitation Practitioners’ Forum');
    expect(header('---\ntitle: Stanbridge Early Help Partnership Group - minutes 27 November 2025\n---\nDate: 27 November 2025').title).toBe('Stanbridge Early Help Partnership Group');
  });

  it('keeps "Meeting" written with a capital as part of the name', () => {
    expect(header('Minutes of the Selbourne Fostering Panel Business Meeting held on Monday 9th September 2024 at 10am in the Oak Room').title).toBe('Selbourne Fostering Panel Business Meeting');
    expect(header('Minutes of the Board meeting held on Monday 9th September 2024 at 10am').title).toBe('Board');
  });

  it('takes the page’s name from a wiki breadcrumb', () => {
    expect(header('Ebbsmouth Safeguarding Partnership / Meetings / Learning and Improvement Group\n\nDate: 12 February 2026').title).toBe('Learning and Improvement Group');
  });

  it('prefers "Minutes of the X" to an organisation’s banner above it, and ignores a label row', () => {
    const m = header('# Kestrel Valley NHS Foundation Trust\n\n## Minutes of the Safeguarding Committee\n\n| Date and time | Wednesday 16 April 2025, 14:00–16:00 |\n| Quorate | Yes |');
    expect({ title: m.title, date: m.date, start: m.start }).toEqual({ title: 'Safeguarding Committee', date: '2025-04-16', start: '14:00' });
  });

  it('in an e-mail, takes the minutes’ own heading over the subject, and the meeting’s date over the day it was sent', () => {
    const mail = [
      'From: Tranter, Ellie',
      'Sent: 21 November 2025 16:42',
      'Subject: Notes - DSL Network 20/11/25',
      '',
      'Hi all,',
      '',
      'Thanks to everyone who came along yesterday - a really good turnout for a',
      'dark November afternoon! Notes are below and the slides are attached.',
      '',
      'Altonbury Designated Safeguarding Leads Network',
      'Thursday 20 November 2025, 3.45pm - 5.15pm',
      "Kestrel Room, Altonbury Teachers' Centre",
    ].join('\n');
    const m = header(mail);
    expect({ title: m.title, date: m.date, location: m.location }).toEqual({
      title: 'Altonbury Designated Safeguarding Leads Network',
      date: '2025-11-20',
      location: "Kestrel Room, Altonbury Teachers' Centre",
    });
  });
});

describe('the chair', () => {
  it('is the member marked "(in the chair)" or "(Chair)" in a role cell, not an absent chair or a deputy chief nurse by title', () => {
    const table = [
      '| Name | Role | Organisation | Attendance |',
      '|---|---|---|---|',
      '| Cllr Harriet Obi | Chair | Foxley Council | Apologies |',
      '| Dr Graham Pell | Vice Chair (in the chair) | Foxley ICB | Present |',
      '| Jacqueline Moyo | Deputy Chief Nurse | Foxley Hospital | Present |',
    ].join('\n');
    expect(parseMinutesText(`# Partnership Board\nDate: 8 April 2025\n\n## Attendance\n\n${table}\n\n1. Welcome\nHello.`).chair?.name).toBe('Dr Graham Pell');
    const nurse = ['| Name | Title | Present / Apologies |', '|---|---|---|', '| Jacqueline Moyo | Deputy Chief Nurse (Chair) | Present |', '| Dr Alice Hart | Consultant | Present |'].join('\n');
    expect(parseMinutesText(`# Safeguarding Committee\nDate: 25 September 2025\n\n${nurse}\n\n1. Welcome\nHello.`).chair?.name).toBe('Jacqueline Moyo');
  });

  it('is the person named "(in the Chair)" under an item electing a chair for the meeting', () => {
    const m = parseMinutesText(
      'Safeguarding and Welfare Committee\nDate: Monday 3 February 2025\n\nPRESENT: Mrs H Adeyemi, Mr J Kowalski\n\n1. ELECTION OF CHAIR\nIn the absence of the Committee Chair, it was\nRESOLVED: that Mrs Adeyemi chair the meeting.\n\nMrs H Adeyemi (in the Chair)\n\n2. MINUTES\nAgreed.',
    );
    expect(m.chair?.name).toBe('Mrs H Adeyemi');
  });
});
