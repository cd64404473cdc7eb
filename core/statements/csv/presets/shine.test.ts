import { describe, expect, it } from 'vitest';
import { parseCsvFixture, parsedOrThrow, transactionOnLine } from '../test-support.ts';

describe('Shine preset', () => {
  const statement = parsedOrThrow(parseCsvFixture('csv/shine_cp1252_ht-tva.csv'));

  it('decodes cp1252 text (É, à, –)', () => {
    expect(statement.encoding).toBe('windows-1252');
    expect(transactionOnLine(statement, 2).counterparty).toBe('Éditions du Grand Tilleul');
    expect(transactionOnLine(statement, 4).memo).toBe('Perso – à rembourser au compte pro');
  });

  it('hints a prélèvement personnel when "Transaction personnelle" is Oui', () => {
    expect(transactionOnLine(statement, 4)).toMatchObject({
      providerId: 'sh-26-11-0043',
      amountCents: -4315,
      hints: { personal: true, bankCategory: 'Courses' },
    });
    expect(transactionOnLine(statement, 3).hints.personal).toBe(false);
  });

  it('reads the Crédit of 2 160,00 and the counterparty IBAN', () => {
    expect(transactionOnLine(statement, 2)).toMatchObject({
      providerId: 'sh-26-11-0041',
      amountCents: 216000,
      label: 'VIR SEPA EDITIONS DU GRAND TILLEUL',
      counterpartyIban: 'FR7618206000426501234567857',
    });
  });

  it('dates a row by its value date, with the operation date beside it', () => {
    expect(transactionOnLine(statement, 3)).toMatchObject({
      providerId: 'sh-26-11-0042',
      bookingDate: '2026-11-05',
      valueDate: '2026-11-05',
      operationDate: '2026-11-04',
    });
  });

  it('closes on the last "Solde bancaire"', () => {
    expect(statement.accounts[0]?.balances[0]).toMatchObject({
      date: '2026-11-13',
      amountCents: 844798,
    });
  });
});
