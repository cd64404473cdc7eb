// The barrel the worker bundles: every workflow of Pointage, one per file.
export * from './connection-lifecycle-workflow.ts';
export * from './monthly-collection-workflow.ts';
export * from './monthly-collection-starter-workflow.ts';
export * from './staff-digest-workflow.ts';
