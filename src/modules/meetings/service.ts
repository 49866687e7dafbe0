// The meetings module's rules; other modules call these, never the tables.
export * from './meetings.ts';
export * from './items.ts';
export * from './attendance.ts';
export * from './deletion.ts';
export * from './actions.ts';
export * from './action-edit.ts';
export { FieldProblem } from './problems.ts';
export * from './import.ts';
export { suggestionOwnerItems, type ReviewSuggestion, type SuggestionDecision } from './import-suggestions.ts';
export * from './contract.ts';
export * from './reminders.ts';
export * from './calendar.ts';

/** Today's date in London, where the network meets: what "due" and "overdue" are measured against. */
export function londonToday(now = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London', year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}
