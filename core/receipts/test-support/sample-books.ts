import { readFileSync } from 'node:fs';
import type { Database } from '../../db/prisma-client.ts';
import { ensureFreelancer } from '../../freelancers/ensure-freelancer.ts';
import { storeStatement } from '../../ledger/store-statement.ts';
import { readStatement } from '../../statements/read-statement.ts';

export interface ExpectedReceipt {
  readonly file: string;
  readonly kind: string;
  readonly error: string | null;
  readonly vendor: string | null;
  readonly vendor_vat: string | null;
  readonly vendor_siren: string | null;
  readonly number: string | null;
  readonly date: string | null;
  readonly due_date: string | null;
  readonly currency: string | null;
  readonly total_ttc: string | null;
  readonly total_ht: string | null;
  readonly vat: ReadonlyArray<{ rate: string; base: string; amount: string }>;
  readonly facturx_profile: string | null;
  readonly matches: readonly string[];
  readonly matches_after_user_input: readonly string[];
  readonly must_not_match: readonly string[];
}

export interface ExpectedReceipts {
  readonly receipts: readonly ExpectedReceipt[];
  readonly transactions: ReadonlyArray<{
    fitid: string;
    amount: string;
    justified_by: string | null;
  }>;
}

export function readExpectedReceipts(fixturesDir: string): ExpectedReceipts {
  return JSON.parse(
    readFileSync(`${fixturesDir}/receipts/expected.json`, 'utf8'),
  ) as ExpectedReceipts;
}

export const SAMPLE_FILES = [
  'pro-checking_2026-09_2026-11.ofx',
  'visa-business-4821_2026-09_2026-11.ofx',
];

/**
 * The sample freelancer of the fixtures (Maëlle Fauconnet) with her checking account and her
 * deferred card imported from the sample statements. Returns FITID → transaction id.
 */
export async function importSampleBooks(
  db: Database,
  fixturesDir: string,
  freelancerId: string,
): Promise<Map<string, string>> {
  await ensureFreelancer(db, {
    id: freelancerId,
    displayName: 'Maëlle Fauconnet',
    ownNames: ['MAELLE FAUCONNET'],
  });
  for (const file of SAMPLE_FILES) {
    const bytes = new Uint8Array(readFileSync(`${fixturesDir}/statements/sample/${file}`));
    const parsed = readStatement(bytes, file);
    if (!parsed.ok) throw new Error(`sample ${file} does not parse: ${parsed.error.message}`);
    await storeStatement(db, {
      freelancerId,
      fileName: file,
      fileSha256: file.padEnd(64, '0').slice(0, 64),
      statement: parsed.value,
    });
  }
  const rows = await db.transaction.findMany({
    where: { account: { freelancerId } },
    select: { id: true, providerId: true },
  });
  return new Map(
    rows.flatMap((row) => (row.providerId ? [[row.providerId, row.id] as [string, string]] : [])),
  );
}
