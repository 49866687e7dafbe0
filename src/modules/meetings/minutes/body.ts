import type { AgendaItem, ActionOwner, NextMeeting, SuggestedAction } from './types.ts';
import type { Line } from './lines.ts';
import { findDates } from './dates.ts';
import type { Table } from './tables.ts';
import { type Attendance, APOLOGIES_HEADING, PRESENT_HEADING, addEntries, splitEntries } from './attendance.ts';
import { tableEntries } from './attendance-tables.ts';
import type { PersonEntry } from './people.ts';
import { labelOf } from './header.ts';
import { type Block, blocksOf, itemHeading } from './items.ts';
import type { People } from './owners.ts';
import { logActions, sameAction } from './action-log.ts';
import { NEXT_MEETING_PROSE, NEXT_MEETINGS_HEADING, meetingsFromTable, meetingsInText, sharedMeetingLine, withShared } from './next-meetings.ts';
import { CARRIED_FORWARD, actionParts, markedSentences, actionSentences, ownerDueLine, commitments, dropFullStop, dueIn, fold, inlineActions, ownLineAction, withoutLeadIn } from './actions.ts';

export interface DraftAction {
  text: string;
  item: string | null;
  owners: ActionOwner[];
  due: string | 'next' | null;
  carriedForward: boolean;
}

export interface BodyResult {
  items: AgendaItem[];
  actions: DraftAction[];
  suggestedActions: SuggestedAction[];
  nextMeetings: NextMeeting[];
}

interface BodyInput {
  lines: Line[];
  tables: Table[];
  consumed: Set<number>;
  firstItemLine: number;
  meetingIso: string;
  people: People;
  att: Attendance;
  marks: Map<string, PersonEntry[]>;
  /** the meeting's name, to tell its own next meeting from another body's */
  title: string;
}

const LIST_ENTRY = /^(?:•|\d{1,2}[.)]|[a-h][.)]|\([a-h1-9]\)|\(?[ivx]{1,4}\))\s/;
const ACTION_LIST_HEADING = /^(?:(?:new|agreed|key)\s+)?(?:ACTIONS?|Actions?|actions?)(?:\s+(?:points?|agreed|arising|required|for this item))?\s*:?$|^(?:ACTION POINTS|Action points)\s*:?$/i;
const isHeadingLike = (t: string): boolean =>
  t.length <= 80 && /^[A-Z]/.test(t) && !/[.,;:]$/.test(t) && !/\t/.test(t) && t.split(/\s+/).length <= 10 && !/[a-z)]\.\s+[A-Z]|\b(?:ACTION|Action)\s*[:–—]/.test(t);
const EARLIER_ACTIONS_ITEM = /\bmatters arising\b|\baction (?:log|tracker|plan review)\b|\b(?:previous|outstanding|review of(?: the)?)\s+actions?\b|\bactions? (?:from|arising from) (?:the )?(?:last|previous)\b/i;
const normal = (s: string): string => s.toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();

/** Walks the minutes after the header: items, actions, commitments and future meeting dates. */
export function readBody(input: BodyInput): BodyResult {
  const { lines, tables, consumed, meetingIso, people, att } = input;
  const items: AgendaItem[] = [];
  const actions: DraftAction[] = [];
  const suggestedActions: SuggestedAction[] = [];
  const nextMeetings: NextMeeting[] = [];
  const tableAt = new Map(tables.map((t) => [t.from, t]));
  const blocks = blocksOf(lines, (i) => consumed.has(i) && !tableAt.has(i));

  let item: AgendaItem | null = null;
  let proseSinceFirstItem = false;
  let cfScope: 'intro' | 'heading' | null = null;
  let inNext = false;
  let sharedTimePlace: ReturnType<typeof sharedMeetingLine> = null;
  const meetingsAt = (text: string, cells: string[]): NextMeeting[] => meetingsInText(text, cells, meetingIso, input.title, nextMeetings.at(-1) ?? null).map((m) => withShared(m, sharedTimePlace));
  let actionList = false;
  let lastProse: { text: string; used: Set<string> } | null = null;
  const itemText = new Map<AgendaItem, string[]>();

  // "Actions arising", "Any other business", "## Action items": a heading of its own after the last
  // numbered item closes the items; what sits under it belongs to no item. Known only once no item follows.
  let looseHeading = false;
  const underLooseHeading = new Map<DraftAction, number>();
  let lastAdded: DraftAction | null = null;
  /** `written`: the item a log row names; without one the action sits under the current item. */
  const addAction = (a: Omit<DraftAction, 'item'> & { done?: boolean }, written?: string): void => {
    if (!a.text || a.done) return;
    if (actions.some((x) => normal(x.text) === normal(a.text))) return;
    // Under "Minutes of the last meeting and matters arising" or "Action log", an action is one raised before.
    const earlier = written === undefined && !looseHeading && item !== null && EARLIER_ACTIONS_ITEM.test(item.title);
    lastAdded = { text: a.text, item: written ?? item?.number ?? null, owners: a.owners, due: a.due, carriedForward: a.carriedForward || earlier };
    actions.push(lastAdded);
    if (looseHeading && written === undefined) underLooseHeading.set(lastAdded, items.length);
  };
  const due = (text: string, labelled: string | null): string | 'next' | null =>
    labelled !== null ? (dueIn(labelled, meetingIso, true) ?? null) : dueIn(text, meetingIso);

  let nextRunFrom = 0;
  for (let b = 0; b < blocks.length; b++) {
    const block = blocks[b]!;
    if (!inNext) nextRunFrom = nextMeetings.length;
    const table = tableAt.get(block.line);
    if (table) {
      readTable(table);
      continue;
    }
    const text = block.text;
    // Under "Actions:", a numbered or lettered list holds actions, not agenda items.
    const listed = (actionList || cfScope === 'intro') && LIST_ENTRY.test(text);
    const heading = listed && actionParts(withoutLeadIn(text), people).owners.length ? null : itemHeading(block);
    if (heading && acceptItem(heading.number)) {
      let title = heading.title;
      if (title === null) {
        const next = blocks[b + 1];
        if (!next || tableAt.has(next.line)) continue;
        title = next.text.replace(/\t/g, ' ');
        b++;
      }
      let presenter: string | null = null;
      const p = /\s*(?:[–—-]\s*|\(\s*)presented by:?\s+([^)]+?)\)?$/i.exec(title);
      if (p) {
        presenter = p[1]!.trim();
        title = title.slice(0, p.index).trim();
      }
      item = { number: heading.number, title: fold(title), presenter };
      items.push(item);
      itemText.set(item, []);
      cfScope = null;
      actionList = false;
      looseHeading = false;
      inNext = NEXT_MEETINGS_HEADING.test(title);
      continue;
    }
    if (items.length) proseSinceFirstItem = true;
    const label = labelOf({ text, cells: block.cells, para: true });
    if (item && label?.label !== 'presented') itemText.get(item)?.push(paragraphOf(block));
    if (label?.label === 'presented' && item) {
      item.presenter ??= presenterName(label.value);
      people.add(item.presenter);
      continue;
    }
    if (label?.label === 'next') {
      nextMeetings.push(...meetingsInText(label.value, [], meetingIso, input.title));
      inNext = true;
      continue;
    }
    const previous = lastAdded as DraftAction | null; // set by addAction, which TypeScript cannot see
    lastAdded = null;
    const follow = previous && ownerDueLine(text);
    if (previous && follow) {
      // The owner and deadline written on the line below the action.
      if (follow.owner && !previous.owners.length) previous.owners = people.owners(follow.owner);
      if (follow.due && previous.due === null) previous.due = dueIn(follow.due, meetingIso, true);
      // "Owner:" and "Deadline:" may come on lines of their own, one after the other.
      lastAdded = previous;
      continue;
    }
    const own = ownLineAction(text);
    if (own) {
      handleOwnLine(own.content, own.note, block);
      continue;
    }
    // "Carried forward: Mark Tennant to share the protocol …": an earlier action restated under its status.
    const restated = /^(?:•\s*)?(?:actions?\s+)?(?:carried forward|brought forward|c\/f|b\/f|outstanding|still open)\s*[:–—]\s*(\S.{8,})$/i.exec(text);
    if (restated && actionParts(restated[1]!, people).owners.length) {
      handleOwnLine(restated[1]!, 'carried forward', block);
      continue;
    }
    // Attendance written inside the first item: "Apologies were received from:" and a list below.
    const present = att.attendees.length ? null : PRESENT_HEADING.exec(text);
    // "PL welcomed everyone. Apologies were received from …": the apologies may open a later sentence.
    const apologySentence = /(?:^|[.!?]\s+)(Apologies\s+(?:for\s+absence\s+)?(?:were|had\s+been)\s+(?:received|given|noted|sent)(?:\s+and\s+(?:accepted|noted))?\s+from\s+[^.]+)/.exec(text)?.[1];
    const apologies = present || att.apologies.length ? null : APOLOGIES_HEADING.exec(apologySentence ?? text);
    if (present || apologies) {
      const kind = present ? 'present' : 'apology';
      const entries = splitEntries((present ?? apologies)![1]!, kind);
      let k = b + 1;
      if (!entries.length && /:\s*$|^[^.]{0,40}$/.test(text)) {
        for (; k < blocks.length && !tableAt.has(blocks[k]!.line) && !itemHeading(blocks[k]!); k++) {
          const more = splitEntries(blocks[k]!.text, kind);
          if (!more.length || PRESENT_HEADING.test(blocks[k]!.text) || APOLOGIES_HEADING.test(blocks[k]!.text)) break;
          entries.push(...more);
        }
      }
      if (entries.length) {
        addEntries(att, entries, kind, input.marks);
        for (const e of entries) people.add(e.name, e.initials);
        b = k - 1;
        continue;
      }
    }
    if (listed) {
      // "• SHa to circulate … – still outstanding (Action: SHa, carried forward)": the marker closing the entry names the owner.
      const marked = inlineActions(withoutLeadIn(text)).filter((a) => a.end >= withoutLeadIn(text).length - 2);
      if (marked.length === 1) {
        const a = marked[0]!;
        addAction({ text: a.text, owners: people.owners(a.owners), due: due(a.text, a.dueText), carriedForward: cfScope !== null || a.carried });
        continue;
      }
      const parts = actionParts(withoutLeadIn(text), people, block.cells);
      if (!actionList && parts.owners.length === 0) continue;
      addAction({ ...parts, due: due(parts.text, parts.dueText), carriedForward: cfScope !== null || !!parts.carried });
      continue;
    }
    actionList = ACTION_LIST_HEADING.test(text);
    if (actionList) {
      looseHeading ||= items.length > 0 && !/:\s*$/.test(text);
      continue;
    }
    if (NEXT_MEETINGS_HEADING.test(text) && /^(?:\d+(?:\.\d+)*[.)]?\s+)?(?:the\s+)?(?:dates?|times?|next|future|forthcoming|meeting)/i.test(text) && /^[^:]{0,60}:(?!\d)/.test(text) && !findDates(text.slice(0, text.search(/:(?!\d)/)), '2000-01-01').length) {
      // "Future meetings (all 9.30 am, Board Room unless stated):" opens a list of dates, and gives them their time and place.
      inNext = true;
      sharedTimePlace = sharedMeetingLine(text.slice(0, text.search(/:(?!\d)/))) ?? sharedTimePlace;
      nextMeetings.push(...meetingsAt(text.slice(text.search(/:(?!\d)/) + 1), block.cells));
      continue;
    }
    // "All at Wyvernham Police Station unless stated. The regional conference is on …": the first sentence is shared.
    const [sentence, ...after] = text.split(/(?<=[.!?])\s+(?=\p{Lu})/u);
    const shared = inNext || NEXT_MEETINGS_HEADING.test(text) ? sharedMeetingLine(sentence!) : null;
    if (shared) {
      sharedTimePlace = shared;
      // Written under the dates ("All other meetings 10am – 12noon, Room 1.04."), it is theirs too.
      if (inNext) for (let k = nextRunFrom; k < nextMeetings.length; k++) nextMeetings[k] = withShared(nextMeetings[k]!, shared);
      inNext = true;
      if (after.length) nextMeetings.push(...meetingsAt(after.join(' '), []));
      continue;
    }
    if (isHeadingLike(text) && !/^•/.test(text)) {
      looseHeading = items.length > 0;
      inNext = NEXT_MEETINGS_HEADING.test(text) || (inNext && meetingsInText(text, block.cells, meetingIso).length > 0);
      cfScope = CARRIED_FORWARD.test(text) ? 'heading' : cfScope === 'heading' ? null : cfScope;
      if (inNext) nextMeetings.push(...meetingsAt(text, block.cells));
      continue;
    }
    if (inNext || NEXT_MEETING_PROSE.test(text) || NEXT_MEETINGS_HEADING.test(text)) {
      const found = meetingsAt(text, block.cells);
      if (found.length && !/\bclosed\b/i.test(text)) {
        inNext ||= NEXT_MEETINGS_HEADING.test(text);
        nextMeetings.push(...found);
        continue;
      }
    }
    // Prose: inline actions, carried-forward intros, commitments.
    if (cfScope === 'intro' && !/^•/.test(text)) cfScope = null;
    const inline = inlineActions(text);
    const cfHere = CARRIED_FORWARD.test(text);
    const used = new Set<string>();
    for (const a of inline) {
      const bracketed = /^[([]/.test(text.slice(a.at).trimStart());
      if (!bracketed && !people.isOwnerPhrase(a.owners)) continue;
      used.add(a.text);
      addAction({ text: a.text, owners: people.owners(a.owners), due: due(a.text, a.dueText), carriedForward: cfHere || cfScope !== null || a.carried });
    }
    for (const content of markedSentences(text)) {
      const parts = actionParts(content, people);
      if (!parts.owners.length || used.has(parts.text)) continue;
      used.add(parts.text);
      used.add(content);
      addAction({ text: parts.text, owners: parts.owners, due: due(parts.text, parts.dueText), carriedForward: cfHere || cfScope !== null || !!parts.carried });
    }
    for (const a of actionSentences(text, people)) {
      if (used.has(a.text) || [...used].some((u) => a.text.includes(u) || u.includes(a.text))) continue;
      used.add(a.text);
      addAction({ text: a.text, owners: a.owners, due: due(a.text, a.dueText), carriedForward: cfHere || cfScope !== null || a.carried });
    }
    if (cfHere && /:\s*$/.test(text)) cfScope = 'intro';
    for (const s of commitments(text, people)) {
      if (used.has(s) || [...used].some((u) => s.startsWith(u) || u.startsWith(s))) continue;
      if (!suggestedActions.some((x) => x.text === s)) suggestedActions.push({ text: s, item: item?.number ?? null });
    }
    lastProse = { text, used };
  }
  for (const it of items) it.text = itemText.get(it)?.join('\n') || null;
  for (const [a, itemsBefore] of underLooseHeading) if (itemsBefore === items.length) a.item = null;
  return { items, actions, suggestedActions, nextMeetings };

  function acceptItem(number: string): boolean {
    const n = Number(number);
    const last = items[items.length - 1];
    if (!last) return true;
    const lastN = Number(last.number);
    if (n > lastN && n <= lastN + 5) return true;
    // An agenda listed at the top ("1. Apologies 2. Minutes …") is replaced by the real items.
    if (n === Number(items[0]!.number) && !proseSinceFirstItem && items.length > 1) {
      items.length = 0;
      return true;
    }
    return false;
  }

  function handleOwnLine(marked: string, note: string | null, block: Block): void {
    // "Action: (RD)" under a paragraph names the owner in brackets.
    const content = /^\s*[([][^()[\]]{1,40}[)\]]\s*$/.test(marked) ? marked.trim().slice(1, -1) : marked;
    const cfMarked = note !== null && /carried|brought|outstanding|c\/f|b\/f/i.test(note);
    const carriedForward = cfMarked || cfScope !== null;
    const words = content.trim().split(/\s+/);
    if (content.trim() && words.length <= 8 && people.isOwnerPhrase(content) && lastProse) {
      // "ACTION: JH" under a paragraph: the paragraph's last sentence is the action.
      const sentence = lastSentence(lastProse.text);
      if (sentence && !lastProse.used.has(sentence)) {
        lastProse.used.add(sentence);
        const i = suggestedActions.findIndex((s) => s.text === sentence);
        if (i >= 0) suggestedActions.splice(i, 1);
        addAction({ text: sentence, owners: people.owners(content), due: due(sentence, null), carriedForward });
        return;
      }
      // The sentence is already an action: the marker only confirms (or supplies) its owner.
      const known = sentence ? actions.find((a) => a.text === sentence) : undefined;
      if (known) {
        // The marker is the minutes' own statement of who owns it ("Dr Raghunathan to confirm …  Action: AR").
        known.owners = people.owners(content);
        return;
      }
    }
    if (!content.trim()) {
      actionList = true;
      return;
    }
    const parts = actionParts(content, people, block.cells);
    // "ACTION (JM): circulate …": the bracket names the owner.
    const owners = note !== null && !cfMarked && people.isOwnerPhrase(note) ? people.owners(note) : parts.owners;
    addAction({ text: parts.text, owners, due: due(parts.text, parts.dueText), carriedForward: carriedForward || !!parts.carried });
  }

  function readTable(table: Table): void {
    if (table.kind === 'people') {
      const prev = lines[table.from - 1]?.text || lines[table.from - 2]?.text || '';
      tableEntries(table, att, APOLOGIES_HEADING.test(prev) ? 'apology' : 'present');
      for (const a of [...att.attendees, ...att.apologies]) people.add(a.name);
      for (const [initials, names] of att.initials) for (const name of names) people.add(name, initials);
      return;
    }
    if (table.kind === 'meetings') {
      nextMeetings.push(...meetingsFromTable(table, meetingIso));
      return;
    }
    for (const row of logActions(table, people, meetingIso)) {
      // The log repeating an action already minuted in the body: one action, not two.
      const same = actions.find((a) => sameAction(a, row));
      if (same) same.due ??= row.due;
      // A tracker without an Item column, under a numbered item, belongs to that item.
      else addAction(row, row.item ?? undefined);
    }
  }
}

/** One paragraph of an item's minutes as a line: numbers and bullets kept, cells side by side. */
function paragraphOf(block: Block): string {
  // A tab after a paragraph number ("2.1\tText") is spacing; other tabs separate columns.
  return fold(block.text.replace(/^(\S{1,12})\t/, '$1 ').replace(/\t/g, ' – '));
}

function lastSentence(text: string): string | null {
  const parts = text.split(/(?<=[.!?])\s+(?=[A-Z])/);
  const s = dropFullStop(fold(withoutLeadIn(parts[parts.length - 1] ?? '')));
  return s || null;
}

function presenterName(value: string): string {
  return value.replace(/\s*[(,–—-].*$/, '').replace(/[.\s]+$/, '').trim() || value.trim();
}
