import { describe, it, expect } from 'vitest';
import { parseMinutesText } from './parse.ts';
import type { ParsedMinutes } from './types.ts';

/** Which item an action came from, and whether it was raised at an earlier meeting. */
const minutes = (body: string): ParsedMinutes =>
  parseMinutesText(`Neglect Sub-group\nDate: Tuesday 3 March 2026\n\nPresent: Joanne Bradshaw (JB), Kate Thornton (KT), Lucy Fairbairn (LF), Rhys Llewellyn (RL), Sana Mirza (SM)\n\n${body}`);
const where = (m: ParsedMinutes): [string, string | null, boolean][] => m.actions.map((a) => [a.text, a.item, a.carriedForward]);

describe('an action’s item', () => {
  it('is none for actions under a heading of their own after the last item', () => {
    const m = minutes(
      ['1. Welcome', 'Introductions.', '', '2. Neglect strategy', 'JB presented the plan.', 'ACTION (JB): redraft the measures', '', '3. Any other business', 'None.', '', 'Actions arising', '1. Kate to book the refresher dates', '2. Lucy to share the housing figures'].join('\n'),
    );
    expect(where(m)).toEqual([
      ['redraft the measures', '2', false],
      ['Kate to book the refresher dates', null, false],
      ['Lucy to share the housing figures', null, false],
    ]);
  });

  it('stays with an item whose own sub-heading lists its actions, when more items follow', () => {
    const m = minutes(['1. Neglect strategy', 'Discussed.', '', 'Actions arising', '1. Kate to book the refresher dates', '', '2. Housing', 'Discussed.'].join('\n'));
    expect(where(m)).toEqual([['Kate to book the refresher dates', '1', false]]);
  });

  it('is the item a tracker without an Item column sits under, and a log row’s own Item otherwise', () => {
    const m = minutes(
      [
        '1. Welcome',
        'Introductions.',
        '',
        '2. Minutes and action log',
        'No.\tRaised\tAction\tLead\tUpdate\tStatus',
        'N14\t02/12/25\tCirculate the training offer to all partners\tSM\tSent 8 January\tComplete',
        'N15\t02/12/25\tAdd neglect questions to the pre-tenancy assessment\tLF\tWording agreed\tOpen',
        'N17\t03/03/26\tConfirm whether police can record neglect\tRL\tNew\tOpen',
        '',
        '3. Neglect strategy',
        'Discussed.',
      ].join('\n'),
    );
    // The Status column, not the Update beside it, says the first row is done.
    expect(where(m)).toEqual([
      ['Add neglect questions to the pre-tenancy assessment', '2', true],
      ['Confirm whether police can record neglect', '2', true],
    ]);
  });
});

describe('carried forward', () => {
  it('is an action reported under the item on the last meeting’s minutes and matters arising', () => {
    const m = minutes(
      ['1. Minutes of the last meeting and matters arising', 'All actions were complete except one.', 'Action: Kate Thornton to send the DBS guidance to all members', '', '2. Housing', 'Action: LF to share the housing figures'].join('\n'),
    );
    expect(where(m)).toEqual([
      ['Kate Thornton to send the DBS guidance to all members', '1', true],
      ['LF to share the housing figures', '2', false],
    ]);
  });

  it('is a log row raised at an earlier meeting, not one raised at this meeting', () => {
    const m = minutes(['1. Housing', 'Discussed.', '', 'Action log', 'Raised\tAction\tLead\tDue', '02/12/25\tAdd neglect questions to the assessment\tLF\t31/03/26', '03/03/26\tShare the housing figures\tLF\t31/03/26'].join('\n'));
    expect(m.actions.map((a) => [a.text, a.carriedForward])).toEqual([
      ['Add neglect questions to the assessment', true],
      ['Share the housing figures', false],
    ]);
  });
});

describe('progress remarks on earlier actions', () => {
  it('drops an action reported done, keeps one still waiting as carried forward, without taking the remark for its owner', () => {
    const m = minutes(
      [
        '1. Actions from last meeting',
        '- Kate Thornton to circulate the training figures - done, figures circulated 30 Jan',
        '- Lucy to send the child poverty data by ward - not yet received, carried forward',
        '- [ ] Rhys to share the lone working policy – c/f',
        '- [ ] Sana to ask for a seat on the Executive – raised in January, waiting for a reply, c/f',
        '- [ ] Joanne to set up the mailing list – done',
        '- **Carried forward:** Joanne Bradshaw to share the protocol with the group.',
        '',
        '2. Recruitment',
        '**Action (all):** check every volunteer has a DBS check at the right level.',
      ].join('\n'),
    );
    expect(m.actions.map((a) => [a.text, a.owners.map((o) => ('group' in o ? `group:${o.group}` : o.person)), a.carriedForward])).toEqual([
      ['Lucy to send the child poverty data by ward', ['Lucy Fairbairn'], true],
      ['Rhys to share the lone working policy', ['Rhys Llewellyn'], true],
      ['Sana to ask for a seat on the Executive', ['Sana Mirza'], true],
      ['Joanne Bradshaw to share the protocol with the group', ['Joanne Bradshaw'], true],
      ['check every volunteer has a DBS check at the right level', ['group:all'], false],
    ]);
  });
});

describe('deadlines and owners written around an action', () => {
  it('takes a new deadline from a progress remark and from a log’s status cell', () => {
    const m = minutes(
      [
        '1. Actions from last meeting',
        '- Kate Thornton to survey primary heads on supervision – *c/f*, now due 17 March',
        '- All partners to return the training survey – still outstanding from 6 schools, please do this by 13 April',
        '',
        '2. Action log',
        '| Action | Lead | Status |',
        '|---|---|---|',
        '| Agree the review methodology | Lucy Fairbairn | In progress – due 16 Apr 2026 |',
        '',
        '3. Training',
        '> **ACTION (RL):** Provide the notification figures by school by 30 April 2026.',
        'ACTION: Arrange an evening course, hosted at the hub – JB / KT, by 31 May 2026',
        'Kate said her service could offer a session.',
        'Action carried forward: Chair to update the training record.',
      ].join('\n'),
    );
    expect(m.actions.map((a) => [a.text, a.due, a.owners.map((o) => ('group' in o ? `group:${o.group}` : o.person))])).toEqual([
      ['Kate Thornton to survey primary heads on supervision', '2026-03-17', ['Kate Thornton']],
      ['All partners to return the training survey', '2026-04-13', ['group:All partners']],
      ['Agree the review methodology', '2026-04-16', ['Lucy Fairbairn']],
      ['Provide the notification figures by school by 30 April 2026', '2026-04-30', ['Rhys Llewellyn']],
      ['Arrange an evening course, hosted at the hub', '2026-05-31', ['Joanne Bradshaw', 'Kate Thornton']],
      ['Chair to update the training record', null, ['group:Chair']],
    ]);
  });

  it('reads a tracker typed with runs of tabs to line its columns up', () => {
    const m = minutes(
      ['1. Action log', 'Ref\tAction\t\t\t\tOwner\t\tDeadline\tStatus', '25/38\tProvide the missing episodes breakdown\tRL\t\t28/11/25\tClosed', '25/41\tConfirm attendance at the panel\tLF\t15/03/26\tOpen – chased 5 January'].join('\n'),
    );
    expect(m.actions.map((a) => [a.text, a.due, a.owners.map((o) => ('person' in o ? o.person : null))])).toEqual([['Confirm attendance at the panel', '2026-03-15', ['Lucy Fairbairn']]]);
  });

  it('reads a "Target date:" line under each action, an owners’ tag with the deadline in brackets, and a bracketed remark on a task', () => {
    const m = minutes(
      [
        '1. Performance',
        'ACTION 1 (LF): Break down the contacts by source.',
        'Target date: 12/04/2026',
        'ACTION 2 (RL): Draft a note for schools.',
        'Target date: 30/04/2026',
        '',
        '2. Training',
        'ACTION: Arrange two further training cohorts for schools – KT/SM (by 30 April)',
        '- [ ] JB to report the outcome of the audit *(c/f – report now expected in November)*',
      ].join('\n'),
    );
    expect(m.actions.map((a) => [a.text, a.due, a.owners.map((o) => ('person' in o ? o.person : null)), a.carriedForward])).toEqual([
      ['Break down the contacts by source', '2026-04-12', ['Lucy Fairbairn'], false],
      ['Draft a note for schools', '2026-04-30', ['Rhys Llewellyn'], false],
      ['Arrange two further training cohorts for schools', '2026-04-30', ['Kate Thornton', 'Sana Mirza'], false],
      ['JB to report the outcome of the audit', null, ['Joanne Bradshaw'], true],
    ]);
  });

  it('reads "Action: task – owner – date" typed as a log line, and drops a row reported "– complete (circulated …)"', () => {
    const m = minutes(['1. Exploitation', 'Action: Circulate the referral data to panel members – LF – 13.03.26', 'Action: Provide letters of support for the bid – All agencies – 20/03/2026', '- LF to circulate the updated policy – complete (circulated 1 September)'].join('\n'));
    expect(m.actions.map((a) => [a.text, a.due, a.owners.map((o) => ('group' in o ? `group:${o.group}` : o.person))])).toEqual([
      ['Circulate the referral data to panel members', '2026-03-13', ['Lucy Fairbairn']],
      ['Provide letters of support for the bid', '2026-03-20', ['group:All agencies']],
    ]);
  });
});
