import { describe, expect, it } from 'vitest';
import type { ActionOwner, MinutesAction } from '../types.ts';
import { type ScoredMinutes, jaccard, normalise, scoreSet } from './score.ts';

const person = (as: string, name: string | null, candidates: string[] = name ? [name] : []): ActionOwner => ({
  as,
  person: name,
  candidates,
});
const action = (text: string, owners: ActionOwner[] = [], due: string | null = null): MinutesAction => ({
  text,
  item: '1',
  owners,
  due,
  carriedForward: false,
});
const minutes = (over: Partial<ScoredMinutes> = {}): ScoredMinutes => ({
  attendees: [],
  apologies: [],
  items: [],
  actions: [],
  nextMeetings: [],
  ...over,
});
const attendee = (name: string) => ({ name, organisation: null, representing: null, role: null });

const FOUR_ACTIONS = [
  action('JO to circulate the neglect toolkit to all schools', [person('JO', 'Jane Okafor')], '2024-03-14'),
  action('PK to write to the ICB about health visitor capacity', [person('PK', 'Peter Kane')]),
  action(
    'All members to complete the section 11 self-assessment',
    [{ as: 'All members', group: 'All members' }],
    '2024-05-31',
  ),
  action('Business Manager to update the training calendar', [
    { as: 'Business Manager', group: 'Business Manager' },
  ]),
];

describe('minutes corpus scoring', () => {
  it('a perfect parse scores 1 on every measure', () => {
    const doc = minutes({
      attendees: [attendee('Jane Okafor')],
      actions: FOUR_ACTIONS,
      nextMeetings: [{ date: '2024-06-01', start: null, end: null, location: null, note: null }],
    });
    const s = scoreSet([{ expected: doc, parsed: structuredClone(doc) }]);
    for (const m of Object.values(s.measures)) expect(m.f1).toBe(1);
    expect(s.due.accuracy).toBe(1);
    expect(s.documents[0]!.misses).toEqual([]);
  });

  it('a missed action lowers action recall by one in four and takes its owner with it', () => {
    const s = scoreSet([
      {
        name: 'board.txt',
        expected: minutes({ actions: FOUR_ACTIONS }),
        parsed: minutes({ actions: FOUR_ACTIONS.slice(0, 3) }),
      },
    ]);
    expect(s.measures.actions).toMatchObject({
      expected: 4,
      parsed: 3,
      matched: 3,
      precision: 1,
      recall: 0.75,
    });
    expect(s.measures.actions.f1).toBeCloseTo(6 / 7, 10);
    expect(s.measures.owners).toMatchObject({ expected: 4, parsed: 3, matched: 3, recall: 0.75 });
    expect(s.documents[0]!.misses).toContainEqual({
      measure: 'actions',
      kind: 'missed',
      value: 'Business Manager to update the training calendar',
    });
    expect(s.documents[0]!.misses).toContainEqual({
      measure: 'owners',
      kind: 'missed',
      value: 'business manager → group:business manager',
      action: 'Business Manager to update the training calendar',
    });
  });

  it('an invented action costs action and owner precision, not recall', () => {
    const extra = action('SR to chair the next meeting', [person('SR', 'Sam Reid')]);
    const s = scoreSet([
      {
        expected: minutes({ actions: FOUR_ACTIONS }),
        parsed: minutes({ actions: [...FOUR_ACTIONS, extra] }),
      },
    ]);
    expect(s.measures.actions).toMatchObject({ recall: 1, precision: 0.8 });
    expect(s.measures.owners).toMatchObject({ expected: 4, parsed: 5, matched: 4 });
  });

  it('matches action texts at a token Jaccard of 0.8 and not below', () => {
    const expectedText = 'one two three four five six seven eight nine ten';
    expect(jaccard(expectedText, 'one two three four five six seven eight nine ten eleven')).toBeCloseTo(
      10 / 11,
      10,
    );
    const near = 'one two three four five six seven eight nine eleven';
    expect(jaccard(expectedText, near)).toBeCloseTo(9 / 11, 10);
    const far = 'one two three four five six seven eight eleven twelve';
    expect(jaccard(expectedText, far)).toBeCloseTo(8 / 12, 10);
    const score = (parsedText: string) =>
      scoreSet([
        {
          expected: minutes({ actions: [action(expectedText)] }),
          parsed: minutes({ actions: [action(parsedText)] }),
        },
      ]).measures.actions.matched;
    expect(score(near)).toBe(1);
    expect(score(far)).toBe(0);
  });

  it('pairs each action once, best match first', () => {
    const a = action('Circulate the neglect strategy to all partners');
    const b = action('Circulate the neglect strategy to partners');
    // The parsed text fits both (6/7 with a) but is identical to b, so b gets it although a comes first.
    const s = scoreSet([
      { expected: minutes({ actions: [a, b] }), parsed: minutes({ actions: [action(b.text)] }) },
    ]);
    expect(s.measures.actions.matched).toBe(1);
    expect(s.documents[0]!.misses).toEqual([{ measure: 'actions', kind: 'missed', value: a.text }]);
  });

  it('scores an unresolved owner by its sorted candidates, so a guessed person is a miss', () => {
    const unresolved = person('SC', null, ['Stephen Cole', 'Sarah Collins']);
    const expected = minutes({ actions: [action('SC to circulate the summary', [unresolved])] });
    const sameCandidatesOtherOrder = minutes({
      actions: [
        action('SC to circulate the summary', [person('SC', null, ['Sarah Collins', 'Stephen Cole'])]),
      ],
    });
    const guessed = minutes({
      actions: [action('SC to circulate the summary', [person('SC', 'Sarah Collins')])],
    });
    expect(scoreSet([{ expected, parsed: sameCandidatesOtherOrder }]).measures.owners.f1).toBe(1);
    expect(scoreSet([{ expected, parsed: guessed }]).measures.owners).toMatchObject({
      matched: 0,
      expected: 1,
      parsed: 1,
    });
  });

  it('a group owner does not match a person of the same name', () => {
    const expected = minutes({
      actions: [action('Chair to write to the ICB', [{ as: 'Chair', group: 'Chair' }])],
    });
    const parsed = minutes({ actions: [action('Chair to write to the ICB', [person('Chair', 'Chair')])] });
    expect(scoreSet([{ expected, parsed }]).measures.owners.matched).toBe(0);
  });

  it('checks due dates only on matched actions, null against null counting as right', () => {
    const parsed = FOUR_ACTIONS.map((a, i) => (i === 0 ? { ...a, due: '2024-04-14' } : a)).slice(0, 3);
    const s = scoreSet([
      { expected: minutes({ actions: FOUR_ACTIONS }), parsed: minutes({ actions: parsed }) },
    ]);
    expect(s.due).toEqual({ total: 3, correct: 2, accuracy: 2 / 3 });
    expect(s.documents[0]!.misses).toContainEqual({
      measure: 'due',
      kind: 'wrong',
      value: 'expected 2024-03-14, parsed 2024-04-14',
      action: FOUR_ACTIONS[0]!.text,
    });
  });

  it('compares names after normalising case, curly quotes, dashes, spacing and a final full stop', () => {
    expect(normalise('  Siobhan  O’Neill–Hart. ')).toBe("siobhan o'neill-hart");
    const expected = minutes({ attendees: [attendee('Siobhan O’Neill–Hart'), attendee('Dr Tom Reid')] });
    const parsed = minutes({ attendees: [attendee("SIOBHAN O'Neill-Hart"), attendee('Tom Reid')] });
    const s = scoreSet([{ expected, parsed }]);
    expect(s.measures.attendees).toMatchObject({ matched: 1, precision: 0.5, recall: 0.5 });
  });

  it('counts names as a multiset: a duplicated attendee is an extra', () => {
    const expected = minutes({ apologies: [{ name: 'Ann Lee', organisation: null }] });
    const parsed = minutes({
      apologies: [
        { name: 'Ann Lee', organisation: null },
        { name: 'Ann Lee', organisation: 'ICB' },
      ],
    });
    expect(scoreSet([{ expected, parsed }]).measures.apologies).toMatchObject({
      matched: 1,
      precision: 0.5,
      recall: 1,
    });
  });

  it('scores items as number and title together', () => {
    const expected = minutes({
      items: [
        { number: '3', title: 'Neglect strategy', presenter: null },
        { number: '4', title: 'AOB', presenter: null },
      ],
    });
    const parsed = minutes({
      items: [
        { number: '3', title: 'Neglect strategy', presenter: 'Jo' },
        { number: '5', title: 'AOB', presenter: null },
      ],
    });
    expect(scoreSet([{ expected, parsed }]).measures.items.matched).toBe(1);
  });

  it('micro-averages over documents rather than averaging each document', () => {
    const dates = (...d: string[]) =>
      d.map((date) => ({ date, start: null, end: null, location: null, note: null }));
    const s = scoreSet([
      { expected: minutes({ nextMeetings: dates('2024-01-10') }), parsed: minutes() },
      {
        expected: minutes({ nextMeetings: dates('2024-02-01', '2024-03-01', '2024-04-01') }),
        parsed: minutes({ nextMeetings: dates('2024-02-01', '2024-03-01', '2024-04-01') }),
      },
    ]);
    // Per-document recalls 0 and 1 would average 0.5; pooled it is 3 of 4.
    expect(s.measures.nextMeetings.recall).toBe(0.75);
  });

  it('a file the parser refused misses everything expected in it', () => {
    const expected = minutes({ attendees: [attendee('Ann Lee')], actions: FOUR_ACTIONS });
    const s = scoreSet([{ name: 'broken.docx', expected, parsed: null }]);
    expect(s.measures.attendees.recall).toBe(0);
    expect(s.measures.actions).toMatchObject({ expected: 4, matched: 0 });
    expect(s.measures.owners).toMatchObject({ expected: 4, matched: 0 });
    expect(s.documents[0]!.name).toBe('broken.docx');
  });
});
