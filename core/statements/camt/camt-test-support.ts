import { readFixture } from '../../../test/fixtures.ts';
import { decodeStatementBytes } from '../decode-bytes.ts';
import type { ParsedStatement, ParsedTransaction, StatementError } from '../statement-types.ts';
import { camtParser } from './camt-parser.ts';

/** Test support: runs the camt parser over bytes as the importer would. */
export function parseCamtBytes(bytes: Uint8Array, fileName = 'test.xml') {
  return camtParser.parse({ fileName, decoded: decodeStatementBytes(bytes), bytes });
}

export function parseCamtText(text: string) {
  return parseCamtBytes(new TextEncoder().encode(text));
}

/** A fixture of `statements/camt/`, read from its exact bytes; throws when refused. */
export function parseCamtFixture(name: string): ParsedStatement {
  const result = parseCamtBytes(readFixture(`statements/camt/${name}`), name);
  if (!result.ok) throw new Error(`${name}: ${result.error.message}`);
  return result.value;
}

export function camtError(text: string): StatementError {
  const result = parseCamtText(text);
  if (result.ok) throw new Error('expected the camt parser to refuse the file');
  return result.error;
}

export function camtFixtureText(name: string): string {
  return new TextDecoder().decode(readFixture(`statements/camt/${name}`));
}

/** The EXPECTED.md columns: accounts, booked / pending, credits and debits over booked rows. */
export function summarise(statement: ParsedStatement) {
  const rows: ParsedTransaction[] = statement.accounts.flatMap((account) => [
    ...account.transactions,
  ]);
  const booked = rows.filter((row) => row.status === 'BOOKED');
  const amounts = booked.map((row) => row.amountCents);
  return {
    accounts: statement.accounts.length,
    booked: booked.length,
    pending: rows.length - booked.length,
    credits: amounts.filter((cents) => cents > 0).reduce((sum, cents) => sum + cents, 0),
    debits: amounts.filter((cents) => cents < 0).reduce((sum, cents) => sum + cents, 0),
  };
}

export function byProviderId(statement: ParsedStatement, providerId: string): ParsedTransaction {
  const rows = statement.accounts.flatMap((account) => account.transactions);
  const row = rows.find((candidate) => candidate.providerId === providerId);
  if (!row) throw new Error(`no transaction ${providerId}`);
  return row;
}
