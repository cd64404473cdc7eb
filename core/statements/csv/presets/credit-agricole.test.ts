import { describe, expect, it } from 'vitest';
import { errorOf, parseCsvFixture, parsedOrThrow, transactionOnLine } from '../test-support.ts';

describe('Crédit Agricole preset', () => {
  const statement = parsedOrThrow(
    parseCsvFixture('csv/credit-agricole_preamble_multiline_card-section.csv'),
  );
  const [checking, card] = statement.accounts;

  it('reads account and balance from the ten-line preamble', () => {
    expect(checking?.ref).toBe('48213097561');
    expect(checking?.name).toBe('CCHQ PRO');
    expect(checking?.kind).toBe('CHECKING');
    expect(checking?.balances).toEqual([
      { kind: 'CLOSING', date: '2026-11-30', amountCents: 341290, currency: 'EUR' },
    ]);
    expect(checking?.transactions).toHaveLength(7);
  });

  it('opens a second account for the card section, with no operation', () => {
    expect(card?.ref).toBe('4974 XXXX XXXX 4821');
    expect(card?.name).toBe('VISA BUSINESS');
    expect(card?.kind).toBe('DEFERRED_CARD');
    expect(card?.transactions).toEqual([]);
    expect(statement.notices).toEqual([]);
  });

  it('joins a multi-line label and takes the Crédit column, not the figure in the label', () => {
    const nordlicht = transactionOnLine(statement, 27);
    expect(nordlicht.label).toBe(
      'VIREMENT EN VOTRE FAVEUR NORDLICHT DESIGN GMBH INVOICE F2026-037 (3 000 € HT)',
    );
    expect(nordlicht.amountCents).toBe(300000);
    expect(nordlicht.bookingDate).toBe('2026-11-18');
  });

  it('numbers a record by the line it starts on, across empty lines inside quotes', () => {
    const rent = transactionOnLine(statement, 12);
    expect(rent.label).toBe('PRLV SEPA ATELIER TRABOULE COWORKING LOYER NOVEMBRE 2026');
    expect(rent.amountCents).toBe(-29000);
    expect(transactionOnLine(statement, 17).amountCents).toBe(216000);
    expect(transactionOnLine(statement, 33).amountCents).toBe(-104500);
  });

  it('rejects a U+FFFD-mangled amount at the line its record starts on', () => {
    const error = errorOf(parseCsvFixture('csv/broken_credit-agricole_mangled-amount.csv'));
    expect(error).toMatchObject({ code: 'BAD_AMOUNT', line: 13 });
    expect(error.message).toContain('Crédit Euros "2\ufffd160,00"');
  });
});
