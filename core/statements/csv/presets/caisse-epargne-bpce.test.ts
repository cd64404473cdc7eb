import { describe, expect, it } from 'vitest';
import {
  allTransactions,
  parseCsvFixture,
  parsedOrThrow,
  transactionOnLine,
} from '../test-support.ts';

describe("Caisse d'Epargne / Banque Populaire (BPCE) preset", () => {
  const statement = parsedOrThrow(parseCsvFixture('csv/caisse-epargne-bpce_13-columns.csv'));

  it('reads "+3000,00" in Credit as +3 000,00', () => {
    expect(transactionOnLine(statement, 4).amountCents).toBe(300000);
  });

  it('keeps a Debit written negative negative once (B25)', () => {
    expect(transactionOnLine(statement, 2).amountCents).toBe(-280000);
    expect(allTransactions(statement).filter((row) => row.amountCents < 0)).toHaveLength(4);
  });

  it('books the card row on its comptabilisation date, the card date as operation date', () => {
    const adobe = transactionOnLine(statement, 5);
    expect(adobe.label).toBe('CB ADOBE CREATIVE CLOUD FACT 141126');
    expect(adobe.bookingDate).toBe('2026-11-16');
    expect(adobe.operationDate).toBe('2026-11-14');
    expect(adobe.valueDate).toBe('2026-11-16');
    expect(adobe.hints.bankCategory).toBe('Abonnements');
  });

  it('drops the "-" the bank appends to free text, and keeps no balance', () => {
    const nordlicht = transactionOnLine(statement, 4);
    expect(nordlicht.memo).toBe('Invoice F2026-037');
    expect(nordlicht.rawLabel).toBe(
      'NORDLICHT DESIGN GMBH | VIR INST NORDLICHT DESIGN GMBH | NLD-77236 | Invoice F2026-037-',
    );
    expect(statement.accounts[0]?.balances).toEqual([]);
  });

  it("keeps the transfers with the owner's own account as they are (04/11 in, 27/11 out)", () => {
    expect(transactionOnLine(statement, 7)).toMatchObject({
      bookingDate: '2026-11-04',
      amountCents: 150000,
      label: 'VIR SEPA FAUCONNET MAELLE',
    });
    expect(transactionOnLine(statement, 2).bookingDate).toBe('2026-11-27');
  });
});
