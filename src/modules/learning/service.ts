// Learning from case reviews: the rules other modules and the routes call, never the tables.
export * from './themes.ts';
export * from './reviews.ts';
export * from './recommendations.ts';
export * from './examples.ts';
export * from './reviewers.ts';
export * from './search.ts';
export * from './trends.ts';
export * from './search-index.ts';
