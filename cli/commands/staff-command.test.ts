import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import bcrypt from 'bcryptjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig, type AppConfig } from '../../core/config/env.ts';
import { silentLogger } from '../../core/logging/logger.ts';
import { createTestDatabase, type TestDatabase } from '../../test/database.ts';
import { CliError } from '../cli-error.ts';
import { staffCommand } from './staff-command.ts';

let database: TestDatabase;
let config: AppConfig;

beforeAll(async () => {
  database = await createTestDatabase();
  config = loadConfig({
    DATABASE_URL: database.url,
    POINTAGE_DATA_DIR: mkdtempSync(path.join(tmpdir(), 'pointage-staff-')),
  });
});
afterAll(async () => database?.drop());

describe('pointage staff add', () => {
  it('creates the firm when named, and prints a generated password once', async () => {
    const output = await staffCommand(config, silentLogger, {
      action: 'add',
      firm: 'cabinet-x',
      firmName: 'Cabinet X',
      email: 'Lea@Cabinet-X.fr',
      name: 'Léa',
    });
    const password = /Mot de passe \(affiché une seule fois\) : (\S+)/.exec(output)?.[1];
    expect(password).toHaveLength(20);
    const row = await database.db.staffAccount.findUniqueOrThrow({
      where: { email: 'lea@cabinet-x.fr' },
    });
    expect(row.firmId).toBe('cabinet-x');
    expect(row.passwordHash).not.toContain(password!);
    expect(await bcrypt.compare(password!, row.passwordHash)).toBe(true);
  });

  it('takes the password from stdin and never prints it', async () => {
    const output = await staffCommand(config, silentLogger, {
      action: 'add',
      firm: 'cabinet-x',
      email: 'marc@cabinet-x.fr',
      readPassword: async () => 'un mot de passe assez long\n',
    });
    expect(output).not.toContain('un mot de passe');
    const row = await database.db.staffAccount.findUniqueOrThrow({
      where: { email: 'marc@cabinet-x.fr' },
    });
    expect(await bcrypt.compare('un mot de passe assez long', row.passwordHash)).toBe(true);
  });

  it('refuses an unknown firm, a taken e-mail and a short password with what to do', async () => {
    const add = (over: Record<string, unknown>) =>
      staffCommand(config, silentLogger, {
        action: 'add',
        firm: 'cabinet-x',
        email: 'new@cabinet-x.fr',
        ...over,
      });
    await expect(add({ firm: 'nowhere' })).rejects.toThrow(/--firm-name/);
    await expect(add({ email: 'marc@cabinet-x.fr' })).rejects.toThrow(CliError);
    await expect(add({ readPassword: async () => 'court' })).rejects.toThrow(/12 characters/);
  });
});
