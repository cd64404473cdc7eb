import type { CamtEntry } from './camt-entry.ts';
import { text, texts, type XmlNode } from './xml-node.ts';

export interface CamtTexts {
  readonly label: string;
  readonly rawLabel: string;
  readonly memo: string | null;
  readonly counterparty: string | null;
  readonly counterpartyIban: string | null;
}

/**
 * Label, counterparty and memo of one ledger line. The counterparty is the other side of the
 * original payment: the debtor of a credit, the creditor of a debit; a reversal keeps the
 * parties of the payment it reverses, so its roles are swapped back.
 */
export function describeLine(
  entry: CamtEntry,
  detail: XmlNode | undefined,
  signedCents: number,
): CamtTexts {
  const wasCredit = signedCents > 0 !== entry.isReversal;
  const [first, second] = wasCredit ? (['Dbtr', 'Cdtr'] as const) : (['Cdtr', 'Dbtr'] as const);
  const counterparty = partyName(detail, first) ?? partyName(detail, second);
  const counterpartyIban =
    text(detail, 'RltdPties', `${first}Acct`, 'Id', 'IBAN') ??
    text(detail, 'RltdPties', `${second}Acct`, 'Id', 'IBAN');

  const unstructured = joined(texts(detail, 'RmtInf', 'Ustrd'));
  const structured = joined(texts(detail, 'RmtInf', 'Strd', 'CdtrRefInf', 'Ref'));
  const transactionInfo = oneLine(text(detail, 'AddtlTxInf'));
  const entryInfo = oneLine(text(entry.node, 'AddtlNtryInf'));

  const label =
    unstructured ?? transactionInfo ?? entryInfo ?? counterparty ?? structured ?? entry.ref ?? '';
  const others = unique([structured, transactionInfo, entryInfo, unstructured]).filter(
    (value) => value !== label && value !== counterparty,
  );
  return {
    label,
    rawLabel: unique([counterparty, unstructured, structured, transactionInfo, entryInfo]).join(
      ' | ',
    ),
    memo: others.length > 0 ? others.join(' | ') : null,
    counterparty,
    counterpartyIban,
  };
}

/** `<Dbtr><Nm>` up to .07, `<Dbtr><Pty><Nm>` from .08; the ultimate party as a fallback. */
function partyName(detail: XmlNode | undefined, role: 'Dbtr' | 'Cdtr'): string | null {
  return (
    text(detail, 'RltdPties', role, 'Nm') ??
    text(detail, 'RltdPties', role, 'Pty', 'Nm') ??
    text(detail, 'RltdPties', `Ultmt${role}`, 'Nm') ??
    text(detail, 'RltdPties', `Ultmt${role}`, 'Pty', 'Nm')
  );
}

/** Multi-line free text (AddtlNtryInf split by the bank at its line width) as one line. */
function oneLine(value: string | null): string | null {
  const collapsed = value?.replace(/\s+/g, ' ').trim() ?? '';
  return collapsed === '' ? null : collapsed;
}

function joined(values: readonly string[]): string | null {
  return oneLine(values.join(' '));
}

function unique(values: readonly (string | null)[]): string[] {
  return [...new Set(values.filter((value): value is string => value !== null))];
}
