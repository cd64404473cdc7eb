// The barrel the worker bundles: every workflow of Pointage, one per file.
export * from './connection-lifecycle-workflow.ts';
