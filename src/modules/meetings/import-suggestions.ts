import { optionalDate } from '../../platform/http/fields.ts';
import type { ParsedMinutes } from './minutes/types.ts';
import type { ActionInput } from './actions.ts';
import { usualBodies } from './action-edit.ts';

/**
 * Commitments the minutes wrote as prose ("VS will follow up …") rather than as actions.
 * The importer decides which become actions; the rest stay only in the item's minutes.
 */
export interface ReviewSuggestion {
  index: number;
  text: string;
  item: string | null;
  /** The owner choice the words point to (`minutes:<person index>`), when only one person fits. */
  ownerGuess: string;
}

/** What the importer chose for one suggestion made an action. */
export interface SuggestionDecision {
  /** `minutes:<index of a person in the review>`, `body:<name>`, or "" for nobody. */
  owner: string;
  due: string;
  byNextMeeting: boolean;
}

const initialsOf = (name: string) =>
  name
    .replace(/^(dr|mr|mrs|ms|miss|cllr|councillor|prof|professor)\.?\s+/i, '')
    .split(/[\s-]+/)
    .filter(Boolean)
    .map((w) => w[0]!.toUpperCase())
    .join('');

export function reviewSuggestions(parsed: ParsedMinutes, people: { index: number; name: string }[]): ReviewSuggestion[] {
  return (parsed.suggestedActions ?? []).map((s, index) => {
    const first = /^([A-Z]{2,4})\b/.exec(s.text)?.[1];
    const fits = people.filter((p) => (first ? initialsOf(p.name) === first : false) || s.text.startsWith(`${p.name} `));
    return { index, text: s.text, item: s.item, ownerGuess: fits.length === 1 ? `minutes:${fits[0]!.index}` : '' };
  });
}

/** The owners a suggestion may be given: anyone the minutes name, or a body standing for the group. */
export function suggestionOwnerItems(people: { index: number; name: string }[]) {
  return [
    { value: '', text: 'No owner' },
    ...people.map((p) => ({ value: `minutes:${p.index}`, text: p.name })),
    ...usualBodies.map((b) => ({ value: `body:${b}`, text: `${b} (every member of the group)` })),
  ];
}

const dueDate = optionalDate('The due date');

/** Field → message for each suggestion made an action whose owner or due date cannot be used. */
export function suggestionProblems(review: { people: { index: number }[]; suggestions: ReviewSuggestion[] }, decisions: Record<string, SuggestionDecision>) {
  const problems: Record<string, string> = {};
  for (const [key, d] of Object.entries(decisions)) {
    const s = review.suggestions[Number(key)];
    if (!s) continue;
    const n = s.index + 1;
    const person = /^minutes:(\d+)$/.exec(d.owner);
    const ownerOk = d.owner === '' || (person && review.people.some((p) => p.index === Number(person[1]))) || usualBodies.some((b) => d.owner === `body:${b}`);
    if (!ownerOk) problems[`suggest-${s.index}-owner`] = `Choose the owner of suggested action ${n} from the list`;
    if (!dueDate.safeParse(d.due).success) problems[`suggest-${s.index}-due`] = `Enter the due date of suggested action ${n} as a real date, like 2025-04-30`;
    else if (d.due.trim() && d.byNextMeeting) problems[`suggest-${s.index}-due`] = `Suggested action ${n}: give a due date or tick “by the next meeting”, not both`;
  }
  return problems;
}

/** The suggestions the importer ticked, as actions of the new meeting. */
export function suggestionActions(
  review: { people: { index: number; name: string }[]; suggestions: ReviewSuggestion[] },
  decisions: Record<string, SuggestionDecision>,
  personIdOf: (index: number) => string | null,
  itemIds: Map<string, string>,
): ActionInput[] {
  return review.suggestions.flatMap((s) => {
    const d = decisions[String(s.index)];
    if (!d) return [];
    const index = /^minutes:(\d+)$/.exec(d.owner)?.[1];
    const person = index === undefined ? undefined : review.people.find((p) => p.index === Number(index));
    const personId = person ? personIdOf(person.index) : null;
    const body = d.owner.startsWith('body:') ? d.owner.slice(5) : null;
    // The owner as the minutes wrote them: their initials where the sentence starts with those.
    const label = person && s.text.startsWith(`${initialsOf(person.name)} `) ? initialsOf(person.name) : (person?.name ?? '');
    const owners: ActionInput['owners'] = personId ? [{ personId, label }] : body ? [{ body, label: body }] : [];
    return [{ text: s.text.slice(0, 5000), itemId: s.item ? (itemIds.get(s.item) ?? null) : null, owners, due: d.due.trim() || null, dueByNextMeeting: d.byNextMeeting }];
  });
}
