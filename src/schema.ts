// The one schema drizzle-kit reads: every module's tables, re-exported.
export * from './platform/schema.ts';
export * from './platform/auth/schema.ts';
export * from './platform/audit/schema.ts';
export * from './platform/mail/schema.ts';
export * from './modules/network/schema.ts';
export * from './modules/framework/schema.ts';
export * from './modules/risks/schema.ts';
export * from './modules/documents/schema.ts';
export * from './modules/learning/schema.ts';
export * from './modules/statistics/schema.ts';
export * from './modules/meetings/schema.ts';
export * from './modules/collections/schema.ts';
