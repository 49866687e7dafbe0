import { describe, it, expect } from 'vitest';
import { parseMinutesText } from './parse.ts';
import type { NextMeeting } from './types.ts';

/** Where and what each future meeting is, as the dates section writes it. */
const dates = (section: string): Omit<NextMeeting, 'end'>[] =>
  parseMinutesText(`Neglect Sub-group\nDate: Tuesday 3 March 2026\n\n1. Welcome\nIntroductions.\n\n2. Dates of future meetings\n${section}`).nextMeetings.map(({ end: _, ...m }) => m);

describe('a future meeting’s place and note', () => {
  it('tells the place from what kind of meeting it is, in any order', () => {
    expect(
      dates(
        [
          'Tuesday 14 April 2026 – development session, Elmsworth Conference Centre',
          'Tuesday 12 May 2026 – Sallowby Community Hub',
          'Tuesday 9 June 2026 – Board development day, Stenmoor Rugby Club',
          'Tuesday 7 July 2026 – venue to be confirmed',
          'Tuesday 8 September 2026 – TBC',
          'Tuesday 6 October 2026 – Training Room 2, Kettlewick Professional Development Centre',
          'Tuesday 3 November 2026 – Youth Justice Plan sign-off',
          'Tuesday 1 December 2026 – online via Teams',
        ].join('\n'),
      ),
    ).toEqual([
      { date: '2026-04-14', start: null, location: 'Elmsworth Conference Centre', note: 'development session' },
      { date: '2026-05-12', start: null, location: 'Sallowby Community Hub', note: null },
      { date: '2026-06-09', start: null, location: 'Stenmoor Rugby Club', note: 'Board development day' },
      { date: '2026-07-07', start: null, location: null, note: 'venue to be confirmed' },
      { date: '2026-09-08', start: null, location: null, note: 'TBC' },
      { date: '2026-10-06', start: null, location: 'Training Room 2, Kettlewick Professional Development Centre', note: null },
      { date: '2026-11-03', start: null, location: null, note: 'Youth Justice Plan sign-off' },
      { date: '2026-12-01', start: null, location: 'Teams', note: 'online' },
    ]);
  });

  it('keeps a note’s brackets and reads a place out of the sentence around it', () => {
    expect(dates('Thursday 12 March 2026, 2pm – 4pm – Teams – extraordinary meeting (family hubs funding)')).toEqual([
      { date: '2026-03-12', start: '14:00', location: 'Teams', note: 'extraordinary meeting (family hubs funding)' },
    ]);
    expect(dates('RESOLVED that future meetings be held on Monday 8 June 2026 and Monday 7 September 2026, each at 6.30pm in the Council Chamber.')).toEqual([
      { date: '2026-06-08', start: '18:30', location: 'Council Chamber', note: null },
      { date: '2026-09-07', start: '18:30', location: 'Council Chamber', note: null },
    ]);
    expect(dates('A Board development session will be held on Tuesday 17 March 2026, 9.30am – 1pm, at Kestleigh Fire and Rescue Training Centre.')).toEqual([
      { date: '2026-03-17', start: '09:30', location: 'Kestleigh Fire and Rescue Training Centre', note: 'development session' },
    ]);
  });

  it('gives "the same time and place" the date before it, and a shared line under the dates to the dates above', () => {
    expect(dates('Tuesday 3 June 2026, 10.00 – 11.30, MASH Meeting Room, Castlereach Police Station, then Tuesday 2 September 2026 at the same time and place.')).toEqual([
      { date: '2026-06-03', start: '10:00', location: 'MASH Meeting Room, Castlereach Police Station', note: null },
      { date: '2026-09-02', start: '10:00', location: 'MASH Meeting Room, Castlereach Police Station', note: null },
    ]);
    expect(dates(['Thursday 14 May 2026', 'Thursday 10 September 2026 – joint session (Ravensby Fire Station, 9.30am – 12.30pm)', 'Thursday 12 November 2026', 'All other meetings 10am – 12noon, Room 1.04.'].join('\n'))).toEqual([
      { date: '2026-05-14', start: '10:00', location: 'Room 1.04', note: null },
      { date: '2026-09-10', start: '09:30', location: 'Ravensby Fire Station', note: 'joint session' },
      { date: '2026-11-12', start: '10:00', location: 'Room 1.04', note: null },
    ]);
  });

  it('leaves out a month without a day, and another body’s date in the same paragraph', () => {
    expect(dates('Thursday 26 November 2026 and February 2027 (date TBC).').map((m) => [m.date, m.note])).toEqual([['2026-11-26', null]]);
    expect(dates('• Wednesday 15 July 2026\nAll at Wyvernham Police Station unless stated. The regional exploitation conference is on Thursday 2 July 2026.')).toEqual([
      { date: '2026-07-15', start: null, location: 'Wyvernham Police Station', note: null },
    ]);
  });

  it('reads "Next forum dates (all …):" as the heading of a list, and leaves out an event named after its date', () => {
    expect(dates('Next forum dates (all 1.30 – 3.30pm, PDC Room 4):\nThursday 26 March 2026\nThursday 21 May 2026 – spring practitioner learning event, Conference Centre\nThursday 4 June 2026')).toEqual([
      { date: '2026-03-26', start: '13:30', location: 'PDC Room 4', note: null },
      { date: '2026-06-04', start: '13:30', location: 'PDC Room 4', note: null },
    ]);
  });

  it('gives every date after a colon the time and place written before it, and "same time and place" the date above', () => {
    expect(dates('All Tuesdays, 10:00 – 11:30, on Teams: 10 March, 12 May, 14 July.').map((m) => [m.date, m.start, m.location])).toEqual([
      ['2026-03-10', '10:00', 'Teams'],
      ['2026-05-12', '10:00', 'Teams'],
      ['2026-07-14', '10:00', 'Teams'],
    ]);
    expect(dates('The Committee noted the dates of its remaining meetings, each at 6.30 pm in Committee Room 1, Tarnbury House: Tuesday 17 March 2026 and Tuesday 21 April 2026.').map((m) => [m.date, m.start, m.location])).toEqual([
      ['2026-03-17', '18:30', 'Committee Room 1, Tarnbury House'],
      ['2026-04-21', '18:30', 'Committee Room 1, Tarnbury House'],
    ]);
    expect(dates('Tuesday 28 April 2026, 13:30 – 15:30, Conference Room B / MS Teams.\n\nFurther dates for 2026 (same time and place): Tuesday 23 June, Tuesday 22 September.')).toEqual([
      { date: '2026-04-28', start: '13:30', location: 'Conference Room B / MS Teams', note: null },
      { date: '2026-06-23', start: '13:30', location: 'Conference Room B / MS Teams', note: null },
      { date: '2026-09-22', start: '13:30', location: 'Conference Room B / MS Teams', note: null },
    ]);
  });

  it('reads a venue cell of a dates table for its place and note', () => {
    const table = ['| Date | Time | Venue |', '|---|---|---|', '| Tuesday 17 March 2026 | 10:00 – 12:00 | TBC |', '| Tuesday 12 May 2026 | 10:00 – 12:00 | Brackenfield Racecourse – joint development day |', '| Tuesday 7 July 2026 | 10:00 – 12:00 | Online (Teams) |'].join('\n');
    expect(dates(table).map((m) => [m.date, m.location, m.note])).toEqual([
      ['2026-03-17', null, 'TBC'],
      ['2026-05-12', 'Brackenfield Racecourse', 'joint development day'],
      ['2026-07-07', 'Teams', 'Online'],
    ]);
  });

  it('takes the shared time and place from a heading line with times in it, or a numbered paragraph', () => {
    expect(dates('Future meetings in 2026, all 09:30 – 11:30, Boardroom, Yarrowcombe House and via MS Teams:\nTuesday 2 June\nTuesday 1 September').map((m) => [m.date, m.start, m.location])).toEqual([
      ['2026-06-02', '09:30', 'Boardroom, Yarrowcombe House and via MS Teams'],
      ['2026-09-01', '09:30', 'Boardroom, Yarrowcombe House and via MS Teams'],
    ]);
    expect(dates('8.1\tAll on Wednesdays, 9.30am – 11.30am, Room G.05, Council Offices, unless stated:\n• 17 June 2026\n• 9 December 2026 – via Teams').map((m) => [m.date, m.start, m.location])).toEqual([
      ['2026-06-17', '09:30', 'Room G.05, Council Offices'],
      ['2026-12-09', '09:30', 'Teams'],
    ]);
  });
});
