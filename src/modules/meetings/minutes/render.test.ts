import { readFileSync } from 'node:fs';
import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { sharedPath } from '../../../../tests/support/shared.ts';
import { renderMinutesDocx } from './render.ts';
import { parseMinutesDocx } from './read.ts';
import { contractMinutes, type MinutesAction, type ParsedMinutes } from './types.ts';

describe('renderMinutesDocx', () => {
  for (const sample of ['template-london', 'committee-inline', 'table-actionlog']) {
    it(`writes ${sample} so that reading it back gives the same minutes`, async () => {
      const minutes = JSON.parse(readFileSync(sharedPath('samples', 'minutes', `${sample}.expected.json`), 'utf8')) as ParsedMinutes;
      expect(contractMinutes(await parseMinutesDocx(await renderMinutesDocx(minutes)))).toEqual(minutes);
    });
  }

  it("writes each item's minutes under its heading, and reading it back finds them there", async () => {
    const minutes = JSON.parse(readFileSync(sharedPath('samples', 'minutes', 'table-actionlog.expected.json'), 'utf8')) as ParsedMinutes;
    const item = minutes.items[1]!;
    const text = 'The group reviewed the quarterly figures for missing episodes.\nMembers noted the rise in return interviews completed.';
    const back = await parseMinutesDocx(await renderMinutesDocx({ ...minutes, items: minutes.items.map((i) => (i === item ? { ...i, text } : i)) }));
    expect(back.items.find((i) => i.number === item.number)?.text).toContain('Members noted the rise in return interviews completed.');
    expect(contractMinutes(back)).toEqual(minutes);
  });

  const FIRST = ['Amira', 'Bernard', 'Chloe', 'Dmitri', 'Eleanor', 'Farid', 'Gemma', 'Hugo', 'Imogen', 'Jamal', 'Keira', 'Lorcan', 'Maeve', 'Nikhil', 'Orla', 'Priyanka'];
  const LAST = ['Abbott', 'Bhatia', 'Cartwright', 'Delaney', 'Eze', 'Fairbrother', 'Gallagher', 'Hussain', 'Ives', 'Jankowski', 'Kaur', 'Lindqvist', 'Mensah', 'Novak', 'Okonkwo', 'Pemberton'];
  const ORGS = ['Hartswood Council', 'Eastbrook CCG', 'Westshire Police', 'CAFCASS', 'Northgate Homes', null];
  const ROLES = ['Designated Nurse', 'Head of Early Help', 'Lay Member', 'Service Manager', null];
  const GROUPS = ['All members', 'Chairs', 'All partners', 'Business Manager', 'CCG'];
  const TASKS = ['circulate the revised protocol to partners', 'review the threshold document', 'report on the audit findings', 'arrange a learning event for practitioners', 'update the risk register'];
  const TITLES = ['Performance and Quality Assurance Sub-Group', 'Hartswood Safeguarding Children Board', 'Child Death Overview Panel', 'Learning and Improvement Group'];
  const VENUES = ['Committee Room 1, Civic Centre', 'Council Chamber, Town Hall', null];

  const iso = (d: Date): string => d.toISOString().slice(0, 10);
  const time = fc.tuple(fc.integer({ min: 8, max: 17 }), fc.constantFrom(0, 15, 30, 45)).map(([h, m]) => `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`);

  const minutesArb = fc
    .record({
      title: fc.constantFrom(...TITLES),
      date: fc.date({ min: new Date('2008-01-01'), max: new Date('2030-12-31'), noInvalidDate: true }),
      people: fc.uniqueArray(fc.tuple(fc.integer({ min: 0, max: 15 }), fc.integer({ min: 0, max: 15 })), { minLength: 3, maxLength: 8, selector: ([f]) => f }),
      orgs: fc.array(fc.constantFrom(...ORGS), { minLength: 8, maxLength: 8 }),
      roles: fc.array(fc.constantFrom(...ROLES), { minLength: 8, maxLength: 8 }),
      apologies: fc.integer({ min: 0, max: 2 }),
      itemCount: fc.integer({ min: 1, max: 6 }),
      firstItem: fc.integer({ min: 1, max: 30 }),
      start: fc.option(time, { nil: null }),
      location: fc.constantFrom(...VENUES),
      actionSpecs: fc.array(fc.record({ item: fc.nat(), owner: fc.nat(), group: fc.boolean(), task: fc.constantFrom(...TASKS), dueDays: fc.option(fc.integer({ min: 1, max: 120 }), { nil: null }), cf: fc.boolean() }), { maxLength: 8 }),
      nextCount: fc.integer({ min: 0, max: 3 }),
    })
    .map((g): ParsedMinutes => {
      const date = iso(g.date);
      // Unique first letters keep every person's initials unique, as the property needs.
      const names = g.people.map(([f, l]) => `${FIRST[f]} ${LAST[l]}`);
      const present = names.slice(0, names.length - g.apologies);
      const initials = (n: string): string => n.split(' ').map((w) => w[0]).join('');
      const items = Array.from({ length: g.itemCount }, (_, i) => ({ number: String(g.firstItem + i), title: `Agenda topic ${String.fromCharCode(65 + i)}`, presenter: i === 0 ? present[0]! : null }));
      const byItem = [...g.actionSpecs].sort((a, b) => (a.item % items.length) - (b.item % items.length));
      const actions: MinutesAction[] = byItem.map((s) => {
        const person = present[s.owner % present.length]!;
        const as = s.group ? GROUPS[s.owner % GROUPS.length]! : initials(person);
        const due = s.dueDays ? iso(new Date(g.date.getTime() + s.dueDays * 86_400_000)) : null;
        return {
          text: `${as} to ${s.task}`,
          item: items[s.item % items.length]!.number,
          owners: [s.group ? { as, group: as } : { as, person, candidates: [person] }],
          due,
          carriedForward: s.cf,
        };
      });
      const unique = actions.filter((a, i) => actions.findIndex((b) => b.text === a.text) === i);
      return {
        title: g.title,
        date,
        start: g.start,
        end: g.start ? '17:45' : null,
        location: g.location,
        chair: { name: present[0]!, organisation: g.orgs[0]!, standingInFor: null },
        attendees: present.map((name, i) => ({ name, organisation: g.orgs[i]!, representing: null, role: g.roles[i]! })),
        apologies: names.slice(present.length).map((name, i) => ({ name, organisation: g.orgs[7 - i]! })),
        items,
        actions: unique,
        suggestedActions: [],
        nextMeetings: Array.from({ length: g.nextCount }, (_, i) => ({ date: iso(new Date(g.date.getTime() + (i + 1) * 42 * 86_400_000)), start: '14:00', end: '16:00', location: g.location, note: i === 1 ? 'Development session' : null })),
      };
    });

  it('round-trips generated minutes', async () => {
    await fc.assert(
      fc.asyncProperty(minutesArb, async (minutes) => {
        expect(contractMinutes(await parseMinutesDocx(await renderMinutesDocx(minutes)))).toEqual(minutes);
      }),
      { numRuns: 40 },
    );
  });
});
