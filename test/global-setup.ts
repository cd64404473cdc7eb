// Filled in by the test infrastructure (PostgreSQL template database, Temporal server).
export default function setup(): void {}
