import type { CfonbRecord } from './cfonb-record.ts';

/** The 05 records of one operation: qualifier → its 70-character zones as written, joined. */
export type Complements = ReadonlyMap<string, string>;

// LC2…LC9 continue LCC. A zone is cut where it is full, so zones are joined as written
// (`…FACTURE 88120` + `417`) and runs of spaces are collapsed only afterwards.
export function collectComplements(records: readonly CfonbRecord[]): Complements {
  const zones = new Map<string, string>();
  for (const record of records) {
    const qualifier = record.qualifier.trim();
    const family = /^LC[2-9]$/.test(qualifier) ? 'LCC' : qualifier;
    zones.set(family, (zones.get(family) ?? '') + record.complement);
  }
  return zones;
}

export interface CfonbTexts {
  readonly label: string;
  readonly rawLabel: string;
  readonly memo: string | null;
  readonly counterparty: string | null;
}

/**
 * Label: the full label (LCC + LC2…) when given, else the 31-character label of the 04.
 * Counterparty: the payer (NPY) of a credit, the beneficiary (NBE) of a debit; the other name
 * is the account holder. IBE (creditor id) and RUM (mandate) hold two 35-character zones, the
 * second a description (`IDENTIFIANT CREANCIER SEPA`, `RCUR`).
 */
export function describeOperation(
  operationLabel: string,
  amountCents: number,
  complements: Complements,
): CfonbTexts {
  const text = (qualifier: string) => collapse(complements.get(qualifier) ?? '') || null;
  const firstZone = (qualifier: string) =>
    collapse(complements.get(qualifier)?.slice(0, 35) ?? '') || null;

  const label = text('LCC') ?? collapse(operationLabel);
  const references = [
    text('LIB'),
    labelled('REF', text('RCN')),
    labelled('ICS', firstZone('IBE')),
    labelled('RUM', firstZone('RUM')),
  ].filter((value): value is string => value !== null && value !== label);
  const allTexts = [collapse(operationLabel), ...[...complements.values()].map(collapse)];

  return {
    label,
    rawLabel: allTexts.filter((value) => value !== '').join(' | '),
    memo: references.length > 0 ? references.join(' | ') : null,
    counterparty: amountCents > 0 ? text('NPY') : text('NBE'),
  };
}

function labelled(prefix: string, value: string | null): string | null {
  return value === null ? null : `${prefix} ${value}`;
}

function collapse(value: string): string {
  return value.replace(/\s+/g, ' ').trim();
}
