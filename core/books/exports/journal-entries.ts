import { categoryByCode, type CategoryKind } from '../../categories/bnc-chart.ts';
import type { Database } from '../../db/prisma-client.ts';
import { fromDbDate, toDbDate, type CalendarDate } from '../../dates/calendar-date.ts';
import { cleanBankLabel } from '../../labels/clean-label.ts';
import { fieldsFromJson } from '../../receipts/receipt-facts.ts';
import { meansOfPayment } from './means-of-payment.ts';
import { freeName, pieceFileName } from './piece-name.ts';

/** Where a movement lands in the livre-journal. */
export type JournalColumn = 'recette' | 'depense' | 'hors' | 'a_classer';

export interface JournalPiece {
  readonly receiptId: string;
  readonly fileSha256: string;
  readonly mime: string;
  /** The name the file has in the month archive: `2026-10-14_420,00_cabinet-rochefort.pdf`. */
  readonly archiveName: string;
  readonly number: string | null;
}

export interface JournalEntry {
  readonly transactionId: string;
  readonly date: CalendarDate;
  readonly account: string;
  /** Declared identity of the client or supplier, as the bank or the receipt gives it. */
  readonly party: string;
  readonly label: string;
  readonly categoryCode: string | null;
  readonly nature: string;
  readonly line2035: number | null;
  readonly meansOfPayment: string;
  readonly column: JournalColumn;
  /** Signed euro cents: credits positive, debits negative. */
  readonly amountCents: number;
  readonly toConfirm: boolean;
  readonly pieces: readonly JournalPiece[];
}

/**
 * The livre-journal des recettes et des dépenses of a period (art. 99 CGI): every booked
 * movement of the active accounts day by day, with its party, nature, means of payment and
 * justificatifs. Apports, prélèvements, internal transfers and the deferred card's monthly debit
 * are listed but kept apart from recettes and dépenses (bnc.md §3.3, §3.5).
 */
export async function journalEntries(
  db: Database,
  freelancerId: string,
  period: { from: CalendarDate; to: CalendarDate },
): Promise<JournalEntry[]> {
  const rows = await db.transaction.findMany({
    where: {
      status: 'BOOKED',
      supersededById: null,
      account: { freelancerId, active: true },
      bookingDate: { gte: toDbDate(period.from), lte: toDbDate(period.to) },
    },
    include: { account: { select: { name: true, kind: true } } },
    orderBy: [{ bookingDate: 'asc' }, { amountCents: 'desc' }, { id: 'asc' }],
  });
  const pieces = await piecesByTransaction(
    db,
    rows.map((row) => row.id),
  );

  return rows.map((row) => {
    const amountCents = Number(row.amountCents);
    const cleaned = cleanBankLabel(row.rawLabel, amountCents);
    const category = row.categoryCode ? categoryByCode(row.categoryCode) : undefined;
    const found = pieces.get(row.id) ?? [];
    const column = columnOf(cleaned.kind, category?.kind);
    return {
      transactionId: row.id,
      date: fromDbDate(row.bookingDate),
      account: row.account.name,
      // The receipt names the party in full where the bank cuts it ("LOUIS PERRACHON IL").
      party: found[0]?.party ?? row.counterparty ?? cleaned.counterparty ?? cleaned.subject,
      label: cleaned.label,
      categoryCode: row.categoryCode,
      nature:
        cleaned.kind === 'card_settlement'
          ? 'Débit différé carte (virement interne)'
          : (category?.labelFr ?? 'À classer'),
      line2035: category?.line2035 ?? null,
      meansOfPayment: meansOfPayment(cleaned.kind, row.account.kind),
      column,
      amountCents,
      toConfirm: row.toConfirm,
      pieces: found.map((piece) => piece.piece),
    };
  });
}

function columnOf(kind: string, categoryKind: CategoryKind | undefined): JournalColumn {
  if (kind === 'card_settlement') return 'hors';
  switch (categoryKind) {
    case 'recette':
      return 'recette';
    case 'depense':
      return 'depense';
    case 'hors_books':
      return 'hors';
    case undefined:
      return 'a_classer';
  }
}

async function piecesByTransaction(
  db: Database,
  transactionIds: readonly string[],
): Promise<Map<string, Array<{ piece: JournalPiece; party: string | null }>>> {
  const matches = await db.receiptMatch.findMany({
    where: { transactionId: { in: [...transactionIds] }, undoneAt: null, role: 'PAYMENT' },
    include: { receipt: true },
    orderBy: { createdAt: 'asc' },
  });
  const dates = await db.transaction.findMany({
    where: { id: { in: matches.map((match) => match.transactionId) } },
    select: { id: true, bookingDate: true },
  });
  const dateOf = new Map(dates.map((row) => [row.id, fromDbDate(row.bookingDate)]));
  const byTransaction = new Map<string, Array<{ piece: JournalPiece; party: string | null }>>();
  // One name per receipt (an invoice paid in instalments keeps its first payment's name), and
  // no two receipts under one name.
  const nameOf = new Map<string, string>();
  const taken = new Set<string>();
  for (const match of matches) {
    const { receipt } = match;
    const party = partyOf(receipt);
    let archiveName = nameOf.get(receipt.id);
    if (!archiveName) {
      const wanted = pieceFileName({
        date: dateOf.get(match.transactionId) ?? fromDbDate(match.createdAt),
        amountCents: Number(match.allocatedCents),
        party: party ?? receipt.fileName.replace(/\.[a-z0-9]+$/i, ''),
        mime: receipt.mime,
      });
      archiveName = freeName(wanted, taken);
      nameOf.set(receipt.id, archiveName);
      taken.add(archiveName);
    }
    const piece: JournalPiece = {
      receiptId: receipt.id,
      fileSha256: receipt.fileSha256,
      mime: receipt.mime,
      archiveName,
      number: receipt.number,
    };
    const list = byTransaction.get(match.transactionId) ?? [];
    list.push({ piece, party });
    byTransaction.set(match.transactionId, list);
  }
  return byTransaction;
}

// An invoice the freelancer issued is named after her client, a received one after its issuer.
function partyOf(receipt: { kind: string; vendor: string | null; fields: unknown }): string | null {
  if (receipt.kind === 'SALES_INVOICE' || receipt.kind === 'SALES_CREDIT_NOTE') {
    return fieldsFromJson(receipt.fields)?.customer ?? null;
  }
  return receipt.vendor;
}
