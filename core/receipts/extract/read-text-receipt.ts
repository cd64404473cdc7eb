import type { DocumentKind, ReceiptFields, VatLine } from '../receipt-types.ts';
import type { FoundAmount } from './text-amounts.ts';
import type { TextLine } from './text-lines.ts';
import { findParties, type OwnerHints } from './text-parties.ts';
import { findDocumentDates, findDocumentNumber, findPaymentReferences } from './text-references.ts';
import { findTotals } from './text-totals.ts';
import { findVatLines, isVatFranchise } from './text-vat.ts';

/** An invoice, credit note or till receipt read from its page text. */
export function readTextReceipt(lines: readonly TextLine[], owner: OwnerHints): ReceiptFields {
  const parties = findParties(lines, owner);
  const totals = findTotals(lines);
  const vat = dedupe(findVatLines(lines));
  const folded = lines.map((line) => line.folded).join('\n');
  const isCredit = isCreditNote(lines);
  const kind = kindOf(lines, isCredit, parties.issuedByOwner);

  // A credit note's total is negative whatever its print shows.
  const sign = (amount: FoundAmount | null) =>
    amount === null ? null : isCredit ? -Math.abs(amount.cents) : amount.cents;
  const totalCents = sign(totals.ttc);
  const vatCents =
    sign(totals.vat) ??
    (vat.length > 0 ? vat.reduce((sum, line) => sum + line.amountCents, 0) : null);
  const franchise = isVatFranchise(folded);
  const netCents =
    sign(totals.ht) ??
    (franchise ? totalCents : null) ??
    (totalCents !== null && vatCents !== null ? totalCents - vatCents : null);
  const dates = findDocumentDates(lines);

  return {
    kind,
    source: 'text',
    facturxProfile: null,
    vendor: parties.vendor,
    vendorVat: parties.vendorVat,
    vendorSiren: parties.vendorSiren,
    customer: parties.customer,
    number: findDocumentNumber(lines),
    issueDate: dates.issueDate,
    dueDate: dates.dueDate,
    currency: totals.ttc?.currency ?? dominantCurrency(lines),
    totalCents,
    netCents,
    vatCents: franchise && vatCents === null ? 0 : vatCents,
    vat:
      franchise && vat.length === 0 && netCents !== null
        ? [{ rate: null, baseCents: netCents, amountCents: 0 }]
        : vat,
    prepaidCents: totals.prepaid ? Math.abs(totals.prepaid.cents) : null,
    amountDueCents: totals.due?.cents ?? null,
    references: { ...findPaymentReferences(lines) },
    vendorNames: parties.vendorNames,
  };
}

function isCreditNote(lines: readonly TextLine[]): boolean {
  return lines
    .slice(0, 15)
    .some((line) =>
      /^(avoir|facture d'avoir|credit note)\b|\bn° d'avoir\b|^note de credit\b/.test(line.folded),
    );
}

function kindOf(
  lines: readonly TextLine[],
  isCredit: boolean,
  issuedByOwner: boolean,
): DocumentKind {
  if (issuedByOwner) return isCredit ? 'sales_credit_note' : 'sales_invoice';
  if (isCredit) return 'credit_note';
  const titled = lines.some((line) =>
    /^(facture|invoice|note d'honoraires)(\s*(n°|no\b|#|\/|:)|$)|valant facture/.test(line.folded),
  );
  const till = lines.some((line) =>
    /\bticket\b.*\d|^ticket de caisse|^(recu|receipt)\b/.test(line.folded),
  );
  return till && !titled ? 'receipt' : 'invoice';
}

function dominantCurrency(lines: readonly TextLine[]): string | null {
  const text = lines.map((line) => line.text).join('\n');
  const euros = (text.match(/€|\bEUR\b/g) ?? []).length;
  const dollars = (text.match(/\$|\bUSD\b/g) ?? []).length;
  if (euros === 0 && dollars === 0) return null;
  return dollars > euros ? 'USD' : 'EUR';
}

function dedupe(lines: readonly VatLine[]): VatLine[] {
  const seen = new Set<string>();
  return lines.filter((line) => {
    const key = `${line.rate}|${line.amountCents}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
