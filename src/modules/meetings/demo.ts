import type { Queryable } from '../../platform/db/types.ts';
import { systemActor } from '../../platform/audit/service.ts';
import * as network from '../network/service.ts';
import type { DemoContext } from '../../demo/load.ts';
import { addAction, addDays, addItem, createMeeting, londonToday, setActionStatus, setAttendance, updateMeeting } from './service.ts';

const actor = systemActor('demo loader');

/**
 * Meetings of the demo groups around today: held ones with minutes and actions (some done,
 * some carried forward, some overdue), the next meetings, and a seminar with replies.
 */
export async function loadMeetingsDemo(tx: Queryable, ctx: DemoContext): Promise<void> {
  const today = londonToday();
  const day = (n: number) => addDays(today, n);
  const person = (name: string) => {
    const id = ctx.people.get(name);
    if (!id) throw new Error(`meetings demo refers to unknown person ${name}`);
    return id;
  };
  const groups = await network.listGroups(tx);
  const groupId = (name: string) => groups.find((g) => g.name === name)!.id;

  const steering = groupId('Datasets Project Steering Group');
  const base = { title: 'Datasets Project Steering Group', start: '14:00', end: '16:00', location: 'London Councils, 59½ Southwark Street', chairPersonId: person('Ian Fletcher') };
  const first = await createMeeting(tx, actor, steering, { ...base, date: day(-84), status: 'held' });
  const second = await createMeeting(tx, actor, steering, { ...base, date: day(-28), status: 'minutes-drafted', chairPersonId: person('Priya Shah'), standingInForPersonId: person('Ian Fletcher') });
  const third = await createMeeting(tx, actor, steering, { ...base, date: day(28), status: 'scheduled' });
  await updateMeeting(tx, actor, first.id, { ...base, date: day(-84), status: 'minutes-approved', approvedAtMeetingId: second.id });

  for (const [m, present, apologies] of [
    [first, ['Ian Fletcher', 'Priya Shah', 'Hannah Clarke', 'Tomasz Nowak', 'Ruth Adeyemi', 'Morgan Reed'], ['Dr Nadia Karim']],
    [second, ['Priya Shah', 'Hannah Clarke', 'Tomasz Nowak', 'Dr Nadia Karim', 'Morgan Reed'], ['Ian Fletcher', 'Ruth Adeyemi']],
  ] as const) {
    for (const name of present) await setAttendance(tx, actor, m.id, { personId: person(name), attendance: 'present', role: name === 'Morgan Reed' ? 'note-taker' : null });
    for (const name of apologies) await setAttendance(tx, actor, m.id, { personId: person(name), attendance: 'apologies' });
  }

  const i1 = await addItem(tx, actor, first.id, { number: '1', title: 'Introductions and apologies' });
  const i2 = await addItem(tx, actor, first.id, {
    number: '2',
    title: 'Draft indicator list',
    presenterPersonId: person('Priya Shah'),
    papers: [{ title: 'Draft indicator list (v3)', url: 'https://example.org/papers/indicators-v3' }],
    minutes: 'PS presented the third draft of the indicator list, grouped under the framework’s goals.\n\nMembers asked that proxy indicators carry a caveat wherever they are shown.',
  });
  const i3 = await addItem(tx, actor, first.id, { number: '3', title: 'Piloting the dataset return', minutes: 'Two boards offered to pilot the return before it goes to all boards.' });
  void i1;
  const circulate = await addAction(tx, actor, first.id, { text: 'PS to circulate the revised indicator list to all boards', itemId: i2.id, owners: [{ personId: person('Priya Shah'), label: 'PS' }], due: day(-70) });
  await setActionStatus(tx, actor, circulate.id, { status: 'done', note: 'Sent to every board’s business manager' }, day(-72));
  await addAction(tx, actor, first.id, {
    text: 'HC and TN to pilot the dataset return in Camden and Hackney and report back',
    itemId: i3.id,
    owners: [
      { personId: person('Hannah Clarke'), label: 'HC' },
      { personId: person('Tomasz Nowak'), label: 'TN' },
    ],
    dueByNextMeeting: true,
  });
  await addAction(tx, actor, first.id, { text: 'All members to send comments on the proxy indicators', itemId: i2.id, owners: [{ body: 'All members', label: 'All members' }], due: day(-14) });

  await addItem(tx, actor, second.id, { number: '1', title: 'Notes of the last meeting and matters arising' });
  const s2 = await addItem(tx, actor, second.id, { number: '2', title: 'Data-sharing agreement', presenterPersonId: person('Ruth Adeyemi') });
  const s3 = await addItem(tx, actor, second.id, { number: '3', title: 'Health indicators', presenterPersonId: person('Dr Nadia Karim') });
  await addAction(tx, actor, second.id, { text: 'RA to draft the data-sharing agreement for the pilot boards', itemId: s2.id, owners: [{ personId: person('Ruth Adeyemi'), label: 'RA' }], due: day(5) });
  await addAction(tx, actor, second.id, { text: 'NK to advise which health indicators the ICBs can supply quarterly', itemId: s3.id, owners: [{ personId: person('Dr Nadia Karim'), label: 'NK' }], due: day(21) });
  const dropped = await addAction(tx, actor, second.id, { text: 'MR to book a second venue for the seminar', owners: [{ personId: person('Morgan Reed'), label: 'MR' }] });
  await setActionStatus(tx, actor, dropped.id, { status: 'dropped', note: 'London Councils can host' }, day(-20));
  await addItem(tx, actor, third.id, { number: '1', title: 'Notes of the last meeting and outstanding actions' });
  await addItem(tx, actor, third.id, { number: '2', title: 'Pilot findings', presenterPersonId: person('Hannah Clarke') });

  const seminar = await createMeeting(tx, actor, steering, {
    kind: 'event',
    title: 'Datasets project seminar for board business managers',
    date: day(45),
    start: '10:00',
    end: '13:00',
    location: 'London Councils',
    note: 'Invitations sent to every board’s business manager; reply by two weeks before.',
  });
  for (const [name, reply] of [
    ['Hannah Clarke', 'accepted'],
    ['Tomasz Nowak', 'accepted'],
    ['Ruth Adeyemi', 'declined'],
    ['Sofia Marques', 'invited'],
  ] as const) {
    await setAttendance(tx, actor, seminar.id, { personId: person(name), attendance: reply });
  }

  const chairs = groupId('London Chairs’ Network');
  const chairsBase = { title: 'London Chairs’ Network', start: '10:00', end: '12:00', location: 'London Councils', chairPersonId: person('Daniel Okafor') };
  const held = await createMeeting(tx, actor, chairs, { ...chairsBase, date: day(-40), status: 'minutes-drafted' });
  await createMeeting(tx, actor, chairs, { ...chairsBase, date: day(50) });
  for (const name of ['Daniel Okafor', 'Grace Mensah', 'Ian Fletcher', 'Morgan Reed']) await setAttendance(tx, actor, held.id, { personId: person(name), attendance: 'present' });
  const c1 = await addItem(tx, actor, held.id, { number: '1', title: 'National consultation on multi-agency arrangements' });
  await addAction(tx, actor, held.id, { text: 'Chairs to send their board’s key points for the pan-London response', itemId: c1.id, owners: [{ body: 'Chairs', label: 'Chairs' }], due: day(-10) });
  await addAction(tx, actor, held.id, { text: 'MR to collate the key points into one response', itemId: c1.id, owners: [{ personId: person('Morgan Reed'), label: 'MR' }], dueByNextMeeting: true });
}
