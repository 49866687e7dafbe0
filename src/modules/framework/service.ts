// The framework's rules; other modules, the CLI and the demo call these, never the tables.
export * from './versions.ts';
export * from './edits.ts';
export * from './comments.ts';
export { importFrameworkFile } from './files.ts';
