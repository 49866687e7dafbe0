/** The structured minutes of one meeting: the JSON contract of `minutes parse`. */
export interface ParsedMinutes {
  title: string;
  date: string;
  start: string | null;
  end: string | null;
  location: string | null;
  chair: Chair | null;
  attendees: Attendee[];
  apologies: Apology[];
  items: AgendaItem[];
  actions: MinutesAction[];
  suggestedActions: SuggestedAction[];
  nextMeetings: NextMeeting[];
}

export interface Chair {
  name: string;
  organisation: string | null;
  standingInFor: string | null;
}

export interface Attendee {
  name: string;
  organisation: string | null;
  representing: string | null;
  role: string | null;
}

export interface Apology {
  name: string;
  organisation: string | null;
}

export interface AgendaItem {
  number: string;
  title: string;
  presenter: string | null;
  /**
   * The minutes written under the item, one paragraph per line, sub-paragraph numbers and
   * action lines kept. Not part of the contract JSON: the importer stores it with the item.
   */
  text?: string | null;
}

/** An owner is a person (resolved or not) or a group/body such as "All members". */
export type ActionOwner =
  | { as: string; person: string | null; candidates: string[] }
  | { as: string; group: string };

export interface MinutesAction {
  text: string;
  item: string | null;
  owners: ActionOwner[];
  due: string | null;
  carriedForward: boolean;
}

export interface SuggestedAction {
  text: string;
  item: string | null;
}

export interface NextMeeting {
  date: string;
  start: string | null;
  end: string | null;
  location: string | null;
  note: string | null;
}

/** Exactly the contract's fields, as `minutes parse --json` prints them (no item text). */
export function contractMinutes(m: ParsedMinutes): ParsedMinutes {
  return { ...m, items: m.items.map(({ number, title, presenter }) => ({ number, title, presenter })) };
}

/** A problem with the file a user gave us; the message names the file and what was wrong. */
export class MinutesFileError extends Error {
  constructor(
    readonly fileName: string,
    problem: string,
  ) {
    super(`${fileName}: ${problem}`);
    this.name = 'MinutesFileError';
  }
}
