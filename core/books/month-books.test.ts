import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../test/database.ts';
import { readFixture } from '../../test/fixtures.ts';
import { ensureFreelancer } from '../freelancers/ensure-freelancer.ts';
import { categoriseTransactions } from '../ledger/categorise-transactions.ts';
import { splitTransaction } from '../ledger/split-transaction.ts';
import { storeStatement } from '../ledger/store-statement.ts';
import { readStatement } from '../statements/read-statement.ts';
import { monthBooks } from './month-books.ts';
import { renderMonthBooks } from './render-month-books.ts';

let test: TestDatabase;

async function importFixture(freelancerId: string, fixture: string) {
  const parsed = readStatement(readFixture(fixture), fixture);
  if (!parsed.ok) throw new Error(parsed.error.message);
  const stored = await storeStatement(test.db, {
    freelancerId,
    fileName: fixture,
    fileSha256: 'a'.repeat(64),
    statement: parsed.value,
  });
  await categoriseTransactions(test.db, { importId: stored.importId }, { threshold: 70 });
}

beforeAll(async () => {
  test = await createTestDatabase();
  await ensureFreelancer(test.db, {
    id: 'maelle',
    ownNames: ['MAELLE FAUCONNET'],
    ownIbans: ['FR7610278073110002041760188'],
  });
  await importFixture('maelle', 'statements/sample/pro-checking_2026-09_2026-11.ofx');
  await importFixture('maelle', 'statements/sample/visa-business-4821_2026-09_2026-11.ofx');
});
afterAll(async () => {
  await test.drop();
});

describe('monthBooks on the sample freelancer', () => {
  it('keeps the deferred card debit, apports and prélèvements out of recettes and dépenses', async () => {
    const books = await monthBooks(test.db, 'maelle', '2026-10');
    const hors = new Map(books.horsBooks.map((line) => [line.categoryCode, line.cents]));
    // "FACTURE CARTE DU 301026" (−566,21) clears the card account, whose rows carry the expenses;
    // the cash withdrawal (−80,00) feeds CAISSE. Both are internal movements.
    expect(hors.get('VIREMENT_INTERNE')).toBe(-56621 - 8000);
    expect(books.depenses.every((line) => line.categoryCode !== 'VIREMENT_INTERNE')).toBe(true);
    expect(books.recettes.map((line) => line.categoryCode)).toEqual(['L01_RECETTES']);
  });

  it('counts rows without a nature in the month result instead of dropping them', async () => {
    const books = await monthBooks(test.db, 'maelle', '2026-10');
    const unclassified = books.entries.filter((entry) => entry.categoryCode === null);
    expect(books.nonClasseCents).toBe(
      unclassified.reduce((sum, entry) => sum + entry.amountCents, 0),
    );
    const text = renderMonthBooks(books);
    const result = books.recettesCents + books.depensesCents + books.nonClasseCents;
    expect(text).toContain(
      `Résultat du mois : ${new Intl.NumberFormat('fr-FR', { minimumFractionDigits: 2 }).format(result / 100).replace(/\s/g, '\u202f')}`,
    );
  });

  it('books the sample checking account month by month to the EXPECTED totals', async () => {
    let credits = 0;
    let debits = 0;
    for (const month of ['2026-09', '2026-10', '2026-11']) {
      const books = await monthBooks(test.db, 'maelle', month);
      for (const entry of books.entries.filter((e) => e.account.startsWith('Compte'))) {
        if (entry.amountCents > 0) credits += entry.amountCents;
        else debits += entry.amountCents;
      }
    }
    expect(credits).toBe(2990400);
    expect(debits).toBe(-2024004);
  });
});

describe('monthBooks with a split movement', () => {
  it('counts the pro part under its line and the rest as a prélèvement personnel', async () => {
    const hotel = await test.db.transaction.findFirstOrThrow({
      where: { providerId: 'V4821261105041' },
    });
    const before = await monthBooks(test.db, 'maelle', '2026-11');
    await splitTransaction(test.db, {
      freelancerId: 'maelle',
      transactionId: hotel.id,
      proCents: 14720,
      proCategory: 'L24_DEPLACEMENTS',
    });
    const after = await monthBooks(test.db, 'maelle', '2026-11');
    const line = (books: typeof after, code: string) =>
      [...books.depenses, ...books.horsBooks, ...books.nonClasse]
        .filter((l) => l.categoryCode === code)
        .reduce((sum, l) => sum + l.cents, 0);
    expect(line(after, 'PRELEVEMENT_PERSONNEL') - line(before, 'PRELEVEMENT_PERSONNEL')).toBe(-880);
    expect(line(after, 'L24_DEPLACEMENTS')).toBe(
      line(before, 'L24_DEPLACEMENTS') -
        (hotel.categoryCode === 'L24_DEPLACEMENTS' ? -15600 : 0) -
        14720,
    );
  });
});

describe('monthBooks with a foreign currency account', () => {
  it('lists Canadian dollar rows apart and never adds them to euro totals', async () => {
    await ensureFreelancer(test.db, { id: 'quebec' });
    await importFixture('quebec', 'statements/ofx/qfx102_charset8859-1_cad.qfx');
    const rows = await test.db.transaction.findMany({
      where: { account: { freelancerId: 'quebec' } },
    });
    const month = rows[0]!.bookingDate.toISOString().slice(0, 7);
    const books = await monthBooks(test.db, 'quebec', month);
    expect(books.recettesCents).toBe(0);
    expect(books.depensesCents).toBe(0);
    expect(books.foreignCurrency.map((entry) => entry.currency)).toContain('CAD');
  });
});
