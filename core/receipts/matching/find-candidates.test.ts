import { describe, expect, it } from 'vitest';
import type { CalendarDate } from '../../dates/calendar-date.ts';
import { matchReceipt } from './find-candidates.ts';
import { tableFxRates } from './fx-rates.ts';
import type { ReceiptFacts, TransactionFacts } from './match-types.ts';

const day = (text: string) => text as CalendarDate;

function receipt(extra: Partial<ReceiptFacts> = {}): ReceiptFacts {
  return {
    id: 'r1',
    direction: 'expense',
    totalCents: 4242,
    amountDueCents: null,
    currency: 'EUR',
    issueDate: day('2026-01-05'),
    dueDate: null,
    partyNames: ['Imprimerie des Canuts SARL'],
    number: null,
    references: {
      creditorId: null,
      mandateId: null,
      accountIban: null,
      paidWithSuffix: null,
      wording: [],
    },
    ...extra,
  };
}

let sequence = 0;
function transaction(
  amountCents: number,
  date: string,
  rawLabel: string,
  extra: Partial<TransactionFacts> = {},
): TransactionFacts {
  sequence += 1;
  return {
    id: `t${sequence}`,
    accountId: 'checking',
    accountKind: 'CHECKING',
    accountRef: '00051234567',
    accountIban: null,
    bookingDate: day(date),
    operationDate: null,
    amountCents,
    remainingCents: amountCents,
    rawLabel,
    ...extra,
  };
}

const ids = (decision: ReturnType<typeof matchReceipt>) =>
  decision.outcome === 'matched'
    ? decision.best.allocations.map((allocation) => allocation.transactionId)
    : [];

describe('matchReceipt', () => {
  it('B28: matches a one-cent gap within the tolerance and shows it as a write-off, both ways', () => {
    const bank = transaction(-4241, '2026-01-06', 'CB IMPRIMERIE DES CANUTS');
    const decision = matchReceipt(receipt(), [bank]);
    expect(decision).toMatchObject({
      outcome: 'matched',
      best: { kind: 'rounding', writeOffCents: 1 },
    });

    const reverse = transaction(-4243, '2026-01-06', 'CB IMPRIMERIE DES CANUTS');
    expect(matchReceipt(receipt(), [reverse])).toMatchObject({
      outcome: 'matched',
      best: { writeOffCents: -1 },
    });
  });

  it('B28: a gap beyond the configured tolerance is not a match', () => {
    const bank = transaction(-4241, '2026-01-06', 'CB IMPRIMERIE DES CANUTS');
    expect(
      matchReceipt(receipt(), [bank], { settings: { roundingToleranceCents: 0 } }).outcome,
    ).toBe('unmatched');
  });

  it('B27: a payment days before the document date is not its payment', () => {
    const early = transaction(-4242, '2025-12-28', 'CB IMPRIMERIE DES CANUTS');
    expect(matchReceipt(receipt(), [early]).outcome).toBe('unmatched');
  });

  it('does not match on the amount alone: another company, a month later', () => {
    const other = transaction(-4242, '2026-02-09', 'PRLV SEPA HEBERGEUR DU NORD');
    expect(matchReceipt(receipt(), [other]).outcome).toBe('unmatched');
  });

  it('lets the user choose between two payments that fit as well as each other', () => {
    const first = transaction(-4242, '2026-01-06', 'CB IMPRIMERIE DES CANUTS');
    const second = transaction(-4242, '2026-01-06', 'CB IMPRIMERIE DES CANUTS');
    const decision = matchReceipt(receipt(), [first, second]);
    expect(decision.outcome).toBe('choose');
    expect(decision.candidates).toHaveLength(2);
  });

  it('matches a USD invoice to the card row stating the same USD amount, with its fee line beside it', () => {
    const usd = receipt({
      currency: 'USD',
      totalCents: 1500,
      issueDate: day('2026-11-03'),
      partyNames: ['Figma, Inc.'],
    });
    const payment = transaction(
      -1402,
      '2026-11-04',
      'FIGMA MONTHLY SAN FRANCISCO | CARTE X4821 03/11 USD 15,00 1 EUR = 1,0701 USD',
      { accountId: 'card', accountKind: 'DEFERRED_CARD', operationDate: day('2026-11-03') },
    );
    const fee = transaction(
      -38,
      '2026-11-04',
      'COMMISSION CB HORS ZONE EURO | CARTE X4821 03/11 FIGMA MONTHLY 14,02 EUR',
      { accountId: 'card', accountKind: 'DEFERRED_CARD' },
    );
    const decision = matchReceipt(usd, [payment, fee]);
    expect(decision).toMatchObject({
      outcome: 'matched',
      best: { kind: 'fx', feeTransactionIds: [fee.id] },
    });
    expect(ids(decision)).toEqual([payment.id]);
  });

  it('does not take a USD row of another amount for a USD invoice', () => {
    const usd = receipt({
      currency: 'USD',
      totalCents: 5900,
      issueDate: day('2026-11-04'),
      partyNames: ['Pixelforge, Inc.'],
    });
    const figma = transaction(
      -1402,
      '2026-11-04',
      'FIGMA MONTHLY SAN FRANCISCO | CARTE X4821 03/11 USD 15,00 1 EUR = 1,0701 USD',
    );
    expect(matchReceipt(usd, [figma]).outcome).toBe('unmatched');
  });

  it('uses the day rate within the bank margin when the label gives no original amount', () => {
    const usd = receipt({
      currency: 'USD',
      totalCents: 2000,
      issueDate: day('2026-03-02'),
      partyNames: ['Linear Orbit Inc.'],
    });
    const rates = tableFxRates({ USD: { '2026-03-02': 0.93 } });
    const within = transaction(-1900, '2026-03-02', 'CB LINEAR ORBIT');
    const beyond = transaction(-2000, '2026-03-02', 'CB LINEAR ORBIT');
    expect(matchReceipt(usd, [within], { rates })).toMatchObject({
      outcome: 'matched',
      best: { kind: 'fx' },
    });
    expect(matchReceipt(usd, [beyond], { rates }).outcome).toBe('unmatched');
    expect(matchReceipt(usd, [within]).outcome).toBe('unmatched');
  });

  it('finds the instalments of one invoice: three payments of the same party adding up to the total', () => {
    const invoice = receipt({ totalCents: 120000, partyNames: ['Studio Pistache SAS'] });
    const payments = ['2026-01-10', '2026-02-10', '2026-03-10'].map((date) =>
      transaction(-40000, date, 'VIR SEPA EMIS STUDIO PISTACHE'),
    );
    const unrelated = transaction(-40000, '2026-01-20', 'PRLV SEPA ASSURANCE');
    const decision = matchReceipt(invoice, [...payments, unrelated]);
    expect(decision).toMatchObject({ outcome: 'matched', best: { kind: 'instalments' } });
    expect(ids(decision).sort()).toEqual(payments.map((payment) => payment.id).sort());
  });

  it('offers part of a larger payment of the same party (one payment, several receipts)', () => {
    const first = receipt({ totalCents: 3000 });
    const grouped = transaction(-5000, '2026-01-06', 'CB IMPRIMERIE DES CANUTS');
    const decision = matchReceipt(first, [grouped]);
    expect(decision).toMatchObject({
      outcome: 'choose',
      candidates: [{ kind: 'partial', allocations: [{ cents: -3000 }] }],
    });

    const second = receipt({ id: 'r2', totalCents: 2000 });
    const rest = { ...grouped, remainingCents: -2000 };
    expect(matchReceipt(second, [rest])).toMatchObject({
      outcome: 'matched',
      best: { allocations: [{ cents: -2000 }] },
    });
  });

  it('matches a credit note to the refund, not to the original payment', () => {
    const avoir = receipt({ totalCents: -1200, partyNames: ['Grand Format Impression SARL'] });
    const payment = transaction(-1200, '2026-01-06', 'CB GRAND FORMAT IMPRESSION');
    const refund = transaction(1200, '2026-01-08', 'AVOIR CB GRAND FORMAT IMPRESSION');
    expect(ids(matchReceipt(avoir, [payment, refund]))).toEqual([refund.id]);
  });

  it('matches an invoice the freelancer issued to the payment received, not to a debit', () => {
    const issued = receipt({
      direction: 'income',
      totalCents: 420000,
      partyNames: ['Nordlicht Design GmbH'],
      number: 'F2026-033',
    });
    const debit = transaction(-420000, '2026-01-12', 'VIR SEPA EMIS NORDLICHT DESIGN GMBH');
    const credit = transaction(
      420000,
      '2026-01-12',
      'VIR SEPA NORDLICHT DESIGN GMBH | Invoice F2026-033',
    );
    expect(ids(matchReceipt(issued, [debit, credit]))).toEqual([credit.id]);
  });

  it('waits longer for a client than for a supplier: an issued invoice paid 70 days later', () => {
    const issued = receipt({
      direction: 'income',
      totalCents: 150000,
      partyNames: ['Atelier Nébuleuse SARL'],
      dueDate: day('2026-02-04'),
    });
    const late = transaction(150000, '2026-03-16', 'VIR SEPA RECU /DE ATELIER NEBULEUSE');
    expect(ids(matchReceipt(issued, [late]))).toEqual([late.id]);
    const supplier = receipt({ dueDate: day('2026-02-04') });
    const lateDebit = transaction(-4242, '2026-03-16', 'CB IMPRIMERIE DES CANUTS');
    expect(matchReceipt(supplier, [lateDebit]).outcome).toBe('unmatched');
  });

  it('refuses a bank line of another SEPA creditor or another card', () => {
    const direct = receipt({
      references: {
        creditorId: 'FR71ZZZ521904',
        mandateId: null,
        accountIban: null,
        paidWithSuffix: null,
        wording: [],
      },
    });
    const other = transaction(
      -4242,
      '2026-01-06',
      'PRLV SEPA IMPRIMERIE DES CANUTS | ICS FR78ZZZ442187',
    );
    expect(matchReceipt(direct, [other]).outcome).toBe('unmatched');

    const card = receipt({
      references: {
        creditorId: null,
        mandateId: null,
        accountIban: null,
        paidWithSuffix: '4417',
        wording: [],
      },
    });
    const proCard = transaction(-4242, '2026-01-06', 'IMPRIMERIE DES CANUTS | CARTE X4821 06/01');
    expect(matchReceipt(card, [proCard]).outcome).toBe('unmatched');
  });

  it('skips transactions already fully justified', () => {
    const done = {
      ...transaction(-4242, '2026-01-06', 'CB IMPRIMERIE DES CANUTS'),
      remainingCents: 0,
    };
    expect(matchReceipt(receipt(), [done]).outcome).toBe('unmatched');
  });
});
