// Projects, plans and risk registers; other modules call these, never the tables.
export * from './bands.ts';
export * from './projects.ts';
export * from './plan.ts';
export * from './register.ts';
export * from './reviews.ts';
export { londonDate } from './inputs.ts';
