import { describe, expect, it } from 'vitest';
import { readFixture } from '../../test/fixtures.ts';
import { parseAmountToCents } from '../money/parse-amount.ts';
import { decodeStatementBytes } from '../statements/decode-bytes.ts';
import {
  categorise,
  learnedKey,
  type AccountKind,
  type CategorisableTransaction,
  type Categorisation,
  type CategorisationContext,
  type LearnedAnswer,
} from './categorise.ts';

// The sample freelancer of fixtures/statements/EXPECTED.md: checking OFX + deferred card OFX.
// Rows are read with a tiny regex on purpose: this test must not depend on the OFX parser.
const CONTEXT: CategorisationContext = {
  ownNames: ['MAELLE FAUCONNET'],
  ownIbans: ['FR7610278073110002041760188'],
  learned: new Map(),
};

// EXPECTED.md "Intended nature of each row": nature → chart code, rows, total in cents.
const INTENDED: readonly (readonly [string, string, number, number])[] = [
  ['recette l.1', 'L01_RECETTES', 16, 2827000],
  ['apport personnel', 'APPORT_PERSONNEL', 1, 150000],
  ['l.11 TVA', 'L11_TVA', 3, -362100],
  ['l.12 CFE', 'L12_CET', 2, -12400],
  ['l.15 loyer', 'L15_LOYERS', 3, -87000],
  ['l.17 logiciel', 'L17_ENTRETIEN_REPARATIONS', 18, -37780],
  ['l.19 petit outillage', 'L19_PETIT_OUTILLAGE', 2, -21998],
  ['l.21 honoraires', 'L21_HONORAIRES', 1, -42000],
  ['l.21 honoraires (AGA)', 'L21_HONORAIRES', 1, -24000],
  ['l.21 honoraires (sous-traitance)', 'L21_HONORAIRES', 1, -80000],
  ['l.22 assurance', 'L22_ASSURANCES', 1, -9640],
  ['l.24 déplacement', 'L24_DEPLACEMENTS', 13, -87000],
  ['l.24 déplacement (remboursement)', 'L24_DEPLACEMENTS', 1, 8100],
  ['l.25 charges sociales', 'L25_CHARGES_SOCIALES_PERSO', 6, -269700],
  ['l.25 charges sociales (Madelin)', 'L25_CHARGES_SOCIALES_FACULTATIVES', 3, -16260],
  ['l.25 charges sociales (remboursement)', 'L25_CHARGES_SOCIALES_PERSO', 1, 13400],
  ['l.26 réception', 'L26_RECEPTION', 8, -29090],
  ['l.27 documentation', 'L27_FOURNITURES_TELECOM', 1, -3200],
  ['l.27 fournitures', 'L27_FOURNITURES_TELECOM', 6, -15020],
  ['l.27 téléphone internet', 'L27_FOURNITURES_TELECOM', 6, -20394],
  ['l.30 frais bancaires', 'L30_FRAIS_DIVERS', 7, -5384],
  ['prélèvement personnel', 'PRELEVEMENT_PERSONNEL', 10, -794548],
  ['prélèvement personnel (impôt sur le revenu)', 'PRELEVEMENT_PERSONNEL', 3, -123600],
  ['virement interne (caisse)', 'VIREMENT_INTERNE', 1, -8000],
  ['virement interne (carte)', 'VIREMENT_INTERNE', 3, -180523],
];

// The rows no rule can settle alone, with why, and what the freelancer answers.
const DOUBTFUL: Readonly<Record<string, { why: string; answer?: string }>> = {
  'ville nuage|in': { why: 'a credit naming no invoice: probably a fee, asked once per client' },
  'louis perrachon il|out': {
    why: 'a transfer to a person for "FACTURE 112 ILLUSTRATIONS": l.21 or l.3, firm policy',
    answer: 'L21_HONORAIRES',
  },
  'mediastore bellecour lyon|out': { why: 'an unknown shop', answer: 'L19_PETIT_OUTILLAGE' },
  'amzn mktp fr luxembourg|out': { why: 'a marketplace sells anything; l.19 only suggested' },
  'cafe du passage lyon|out': { why: 'a business meal or not: only she knows' },
  'brasserie le grand souffleur lyo|out': { why: 'a business meal or not' },
  'restaurant l etoile de mer paris|out': { why: 'a business meal or not' },
  'boulangerie des pentes lyon|out': { why: 'everyday shop: personal suggested' },
  'pharmacie des terreaux lyon|out': { why: 'everyday shop: personal suggested' },
  'monoprix lyon|out': { why: 'everyday shop: personal suggested' },
};

interface SampleRow {
  readonly tx: CategorisableTransaction;
  readonly result: Categorisation;
}

function readOfx(file: string, accountKind: AccountKind): CategorisableTransaction[] {
  const { text } = decodeStatementBytes(readFixture(`statements/sample/${file}`));
  return [...text.matchAll(/<STMTTRN>([\s\S]*?)<\/STMTTRN>/g)].map(([, block = '']) => {
    const field = (tag: string) =>
      new RegExp(`<${tag}>([^\\r\\n<]*)`).exec(block)?.[1]?.trim() ?? '';
    const amount = parseAmountToCents(field('TRNAMT'), '.');
    if (!amount.ok) throw new Error(`bad TRNAMT in ${file}: ${field('TRNAMT')}`);
    const memo = field('MEMO');
    return {
      accountKind,
      amountCents: amount.value,
      label: field('NAME'),
      rawLabel: [field('NAME'), memo].join(' | '),
      counterparty: null,
      counterpartyIban: null,
      memo: memo === '' ? null : memo,
      hints: {},
    };
  });
}

const TRANSACTIONS = [
  ...readOfx('pro-checking_2026-09_2026-11.ofx', 'CHECKING'),
  ...readOfx('visa-business-4821_2026-09_2026-11.ofx', 'DEFERRED_CARD'),
];

function run(context: CategorisationContext): SampleRow[] {
  return TRANSACTIONS.map((tx) => ({ tx, result: categorise(tx, context) }));
}

function totalsByCode(rows: readonly SampleRow[]): Record<string, { rows: number; cents: number }> {
  const totals: Record<string, { rows: number; cents: number }> = {};
  for (const { tx, result } of rows) {
    const entry = (totals[result.categoryCode ?? 'NONE'] ??= { rows: 0, cents: 0 });
    entry.rows += 1;
    entry.cents += tx.amountCents;
  }
  return totals;
}

function intendedTotals(): Record<string, { rows: number; cents: number }> {
  const totals: Record<string, { rows: number; cents: number }> = {};
  for (const [, code, rows, cents] of INTENDED) {
    const entry = (totals[code] ??= { rows: 0, cents: 0 });
    entry.rows += rows;
    entry.cents += cents;
  }
  return totals;
}

const sum = (rows: readonly SampleRow[]) =>
  rows.reduce((total, row) => total + row.tx.amountCents, 0);
const withCode = (rows: readonly SampleRow[], code: string) =>
  rows.filter((row) => row.result.categoryCode === code);

describe('the sample freelancer, categorised by rules alone', () => {
  const rows = run(CONTEXT);

  it('reads the 118 rows of the two files (62 checking + 56 card)', () => {
    expect(rows).toHaveLength(118);
    expect(INTENDED.reduce((total, [, , count]) => total + count, 0)).toBe(118);
    expect(sum(rows)).toBe(2990400 - 2024004 + 8100 - 205633);
  });

  it('books the 3 FACTURE CARTE debits as internal transfers, -1 805,23', () => {
    const settlements = rows.filter((row) => row.tx.label.startsWith('FACTURE CARTE'));
    expect(settlements).toHaveLength(3);
    expect(settlements.every((row) => row.result.categoryCode === 'VIREMENT_INTERNE')).toBe(true);
    expect(sum(settlements)).toBe(-180523);
  });

  it('books the ATM withdrawal as an internal transfer to CAISSE', () => {
    const atm = rows.filter((row) => row.tx.label.startsWith('RETRAIT DAB'));
    expect(atm.map((row) => [row.tx.amountCents, row.result.categoryCode])).toEqual([
      [-8000, 'VIREMENT_INTERNE'],
    ]);
  });

  it('finds the apport (+1 500,00) and the transfers to her own account (-7 800,00)', () => {
    expect(sum(withCode(rows, 'APPORT_PERSONNEL'))).toBe(150000);
    const ownOut = rows.filter((row) => row.result.ruleId === 'own-name-out');
    expect(sum(ownOut)).toBe(-780000);
  });

  it('books income tax (PAS ACOMPTE BNC) as prélèvement personnel, not as a 2035 expense', () => {
    const incomeTax = rows.filter((row) => row.result.ruleId === 'dgfip-income-tax');
    expect(incomeTax).toHaveLength(3);
    expect(sum(incomeTax)).toBe(-123600);
    expect(incomeTax.every((row) => row.result.categoryCode === 'PRELEVEMENT_PERSONNEL')).toBe(
      true,
    );
  });

  it('books VAT on l.11 and URSSAF/CIPAV on l.25, the URSSAF refund reducing it', () => {
    expect(sum(withCode(rows, 'L11_TVA'))).toBe(-362100);
    expect(sum(withCode(rows, 'L25_CHARGES_SOCIALES_PERSO'))).toBe(-269700 + 13400);
    expect(sum(withCode(rows, 'L25_CHARGES_SOCIALES_FACULTATIVES'))).toBe(-16260);
  });

  it('counts 16 receipts = 28 270,00; the apport and the two refunds are not receipts', () => {
    const receipts = withCode(rows, 'L01_RECETTES');
    expect(receipts).toHaveLength(16);
    expect(sum(receipts)).toBe(2827000);

    const otherCredits = rows.filter(
      (row) => row.tx.amountCents > 0 && row.result.categoryCode !== 'L01_RECETTES',
    );
    expect(otherCredits.map((row) => [row.tx.amountCents, row.result.categoryCode])).toEqual([
      [150000, 'APPORT_PERSONNEL'],
      [13400, 'L25_CHARGES_SOCIALES_PERSO'],
      [8100, 'L24_DEPLACEMENTS'],
    ]);
  });

  it('reaches every intended total except the two rows no rule can name', () => {
    const expected = intendedTotals();
    expected['L19_PETIT_OUTILLAGE'] = { rows: 1, cents: -18999 };
    expected['L21_HONORAIRES'] = { rows: 2, cents: -66000 };
    expected['NONE'] = { rows: 2, cents: -2999 - 80000 };
    expect(totalsByCode(rows)).toEqual(expected);
  });

  it('asks about 20 rows, 10 counterparties, and only those', () => {
    const asked = rows.filter((row) => row.result.toConfirm);
    const keys = new Set(
      asked.map((row) => learnedKey(row.result.counterpartyKey ?? '', row.result.direction)),
    );
    expect(asked).toHaveLength(20);
    expect([...keys].sort()).toEqual(Object.keys(DOUBTFUL).sort());
  });
});

describe('the sample freelancer, once she has answered each doubtful counterparty once', () => {
  const firstPass = run(CONTEXT);
  const learned = new Map<string, LearnedAnswer>();
  for (const { result } of firstPass.filter((row) => row.result.toConfirm)) {
    const key = learnedKey(result.counterpartyKey ?? '', result.direction);
    const answer = DOUBTFUL[key]?.answer ?? result.categoryCode;
    if (answer) learned.set(key, { categoryCode: answer, confirmations: 1 });
  }
  const rows = run({ ...CONTEXT, learned });

  it('asks nothing more', () => {
    expect(rows.filter((row) => row.result.toConfirm)).toEqual([]);
  });

  it('matches every intended total of EXPECTED.md', () => {
    expect(totalsByCode(rows)).toEqual(intendedTotals());
  });
});

describe('the same account exported as Société Générale CSV', () => {
  it('gives each row the same nature as its OFX twin', () => {
    const { text } = decodeStatementBytes(
      readFixture('statements/sample/pro-checking_2026-09_2026-11_societe-generale.csv'),
    );
    const csvRows = text
      .split(/\r?\n/)
      .slice(3)
      .filter((line) => line.trim() !== '')
      .map((line) => {
        const [, label = '', detail = '', amountText = ''] = line.split(';');
        const amount = parseAmountToCents(amountText, ',');
        if (!amount.ok) throw new Error(`bad amount ${amountText}`);
        const tx: CategorisableTransaction = {
          accountKind: 'CHECKING',
          amountCents: amount.value,
          label: label.trim(),
          rawLabel: [label.trim(), detail.trim()].join(' | '),
          counterparty: null,
          counterpartyIban: null,
          memo: detail.trim(),
          hints: {},
        };
        return `${tx.amountCents} ${categorise(tx, CONTEXT).categoryCode ?? 'NONE'}`;
      });
    const ofxRows = run(CONTEXT)
      .filter((row) => row.tx.accountKind === 'CHECKING')
      .map((row) => `${row.tx.amountCents} ${row.result.categoryCode ?? 'NONE'}`);

    expect(csvRows).toHaveLength(62);
    expect([...csvRows].sort()).toEqual([...ofxRows].sort());
  });
});
