// The collections module's rules; other modules call these, never the tables.
export * from './forms.ts';
export * from './collections.ts';
export * from './pilots.ts';
export * from './returns.ts';
export * from './completeness.ts';
export * from './reminders.ts';
export { formFromFramework, frameworkVersions } from './framework-link.ts';
export * from './return-files.ts';
export * from './results.ts';
export { collateConsultation } from './consultation-docx.ts';
export { budgetFlags, type BudgetFlag } from './budget-checks.ts';
export { allQuestionCodes } from './form-model.ts';
export * from './collection-input.ts';
export * from './collection-rules.ts';
export * from './review.ts';
