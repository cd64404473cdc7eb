import { describe, expect, it } from 'vitest';
import {
  allTransactions,
  parseCsvFixture,
  parsedOrThrow,
  transactionOnLine,
} from '../test-support.ts';

describe('Société Générale preset', () => {
  const statement = parsedOrThrow(parseCsvFixture('csv/societe-generale.csv'));
  const [account] = statement.accounts;

  it('reads the account without the Excel ="…" quoting, and the line-1 balance as closing', () => {
    expect(statement.encoding).toBe('windows-1252');
    expect(account?.ref).toBe('0002715000512345');
    expect(account?.kind).toBe('CHECKING');
    expect(account?.balances).toEqual([
      { kind: 'CLOSING', date: '2026-11-30', amountCents: 1455811, currency: 'EUR' },
    ]);
  });

  it('finds the header on line 3 and raises no notice when the line-1 count (6) matches', () => {
    expect(allTransactions(statement).map((transaction) => transaction.line)).toEqual([
      4, 5, 6, 7, 8, 9,
    ]);
    expect(statement.notices).toEqual([]);
  });

  it('labels a row with the full "Détail de l\'écriture", trimmed', () => {
    const transfer = transactionOnLine(statement, 7);
    expect(transfer.label).toBe(
      'VIR INST RE 7015529920 DE: VILLE-NUAGE SAS MOTIF: ATELIER PERSONAS PHASE 2',
    );
    expect(transfer.rawLabel.startsWith('VIR INST RE 701552 | VIR INST RE 7015529920')).toBe(true);
    expect(transfer.providerId).toBeNull();
  });

  it('dates the card row by its booking day, with the card day left in the label', () => {
    const card = transactionOnLine(statement, 4);
    expect(card.bookingDate).toBe('2026-11-27');
    expect(card.label).toContain('CARTE X4821 26/11 PAPETERIE DU GRIFFON');
    expect(card.amountCents).toBe(-1960);
  });

  it('reads NO-BREAK SPACE thousands in amounts and in the line-1 balance', () => {
    const nbsp = parsedOrThrow(parseCsvFixture('csv/societe-generale_nbsp-thousands_cp1252.csv'));
    const amounts = allTransactions(nbsp).map((transaction) => transaction.amountCents);
    expect(amounts).toEqual([450000, -104500, -1490, -120000]);
    expect(nbsp.accounts[0]?.balances[0]?.amountCents).toBe(1248055);
  });

  it('reads the sample account: count 62, balance 14 534,21, oldest row last', () => {
    const sample = parsedOrThrow(
      parseCsvFixture('sample/pro-checking_2026-09_2026-11_societe-generale.csv'),
    );
    const rows = allTransactions(sample);
    const oldest = rows[rows.length - 1];

    expect(sample.accounts[0]?.ref).toBe('00051234567');
    expect(sample.accounts[0]?.balances[0]?.amountCents).toBe(1453421);
    expect(rows[0]?.line).toBe(4);
    expect(sample.notices).toEqual([]);
    expect(oldest?.bookingDate).toBe('2026-09-01');
    expect(oldest?.amountCents).toBe(360000);
    expect(oldest?.label).toBe(
      'VIR SEPA RECU /DE EDITIONS DU GRAND TILLEUL /MOTIF Factures F2026-029 et F2026-030 – ' +
        'maquettes écrans /REF GT-2026-0871',
    );
  });
});
