import type { BankRow, StandInSwitches } from './standin-types.ts';

export interface RowWindow {
  readonly dateFrom: string | null;
  readonly dateTo: string | null;
  readonly status: string | null;
}

/** The rows of a transactions query, before paging: window and status filter of the API. */
export function selectRows(rows: readonly BankRow[], window: RowWindow): BankRow[] {
  return rows.filter((row) => {
    if (window.status && row.status !== window.status) return false;
    const date = row.bookingDate ?? row.valueDate ?? row.transactionDate;
    if (date === null) return true;
    if (window.dateFrom && date < window.dateFrom) return false;
    return !(window.dateTo && date > window.dateTo);
  });
}

/**
 * Renders rows as Enable Banking sends them. `generation` counts the syncs of the account: with
 * id churn, booked rows get new ids at each one (B14).
 */
export function renderRows(
  rows: readonly BankRow[],
  switches: StandInSwitches,
  generation: number,
): Array<Record<string, unknown>> {
  const positionInDay = new Map<string, number>();
  return rows.map((row) => {
    const hidden = row.status === 'PDNG' && switches.pendingNullDates;
    const day = row.bookingDate ?? row.valueDate ?? row.transactionDate ?? 'none';
    const position = positionInDay.get(day) ?? 0;
    positionInDay.set(day, position + 1);
    const ids = renderIds(row, switches, generation, `${day}-${position}`);
    const party = row.counterpartyName ? { name: row.counterpartyName } : null;
    const partyAccount = row.counterpartyIban ? { iban: row.counterpartyIban } : null;
    const isCredit = row.indicator === 'CRDT';
    return {
      transaction_id: hidden ? null : ids.transactionId,
      entry_reference: hidden ? null : ids.entryReference,
      status: row.status,
      transaction_amount: { currency: row.currency ?? 'EUR', amount: row.amount },
      credit_debit_indicator: row.indicator,
      booking_date: hidden ? null : row.bookingDate,
      value_date: hidden ? null : row.valueDate,
      transaction_date: hidden ? null : row.transactionDate,
      creditor: isCredit ? null : party,
      creditor_account: isCredit ? null : partyAccount,
      debtor: isCredit ? party : null,
      debtor_account: isCredit ? partyAccount : null,
      remittance_information: row.remittance,
      bank_transaction_code: null,
      balance_after_transaction: null,
    };
  });
}

function renderIds(
  row: BankRow,
  switches: StandInSwitches,
  generation: number,
  positional: string,
): { transactionId: string | null; entryReference: string | null } {
  if (switches.entryReferenceZero) return { transactionId: null, entryReference: '0' };
  if (switches.positionalEntryReference) return { transactionId: null, entryReference: positional };
  // Pending holds carry their own ids, which change when the row is booked.
  if (row.status === 'PDNG') return { transactionId: `P-${row.ref}`, entryReference: null };
  if (switches.idChurn) {
    return {
      transactionId: `${row.ref}-g${generation}`,
      entryReference: `E${generation}-${row.ref}`,
    };
  }
  return { transactionId: row.ref, entryReference: row.ref };
}
