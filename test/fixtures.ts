import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** The shared fixtures live beside the project (`../shared/fixtures`). */
export const FIXTURES_DIR =
  [
    process.env.POINTAGE_FIXTURES_DIR,
    path.resolve(projectRoot, '../shared/fixtures'),
    '/work/shared/fixtures',
  ].find((candidate): candidate is string => !!candidate && existsSync(candidate)) ??
  path.resolve(projectRoot, '../shared/fixtures');

export function fixturePath(relative: string): string {
  return path.join(FIXTURES_DIR, relative);
}

/** Fixtures are bytes: encodings, BOMs and line endings are part of what they test. */
export function readFixture(relative: string): Uint8Array {
  return new Uint8Array(readFileSync(fixturePath(relative)));
}

export const PROJECT_ROOT = projectRoot;
