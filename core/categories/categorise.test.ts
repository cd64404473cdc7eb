import { describe, expect, it } from 'vitest';
import {
  categorise,
  learnedConfidence,
  learnedKey,
  learningKeyOf,
  type CategorisableTransaction,
  type CategorisationContext,
  type LearnedAnswer,
} from './categorise.ts';

const OWN_IBAN = 'FR7610278073110002041760188';

function tx(overrides: Partial<CategorisableTransaction>): CategorisableTransaction {
  return {
    accountKind: 'CHECKING',
    amountCents: -1000,
    label: '',
    rawLabel: '',
    counterparty: null,
    counterpartyIban: null,
    memo: null,
    hints: {},
    ...overrides,
  };
}

function context(learned: [string, LearnedAnswer][] = []): CategorisationContext {
  return { ownNames: ['MAELLE FAUCONNET'], ownIbans: [OWN_IBAN], learned: new Map(learned) };
}

describe('categorise: certain rules', () => {
  it('classes a transfer from the owner’s IBAN as an apport, whatever the name says', () => {
    const result = categorise(
      tx({
        amountCents: 50000,
        label: 'VIR SEPA RECU X',
        counterpartyIban: 'FR76 1027 8073 1100 0204 1760 188',
      }),
      context(),
    );
    expect(result).toMatchObject({
      categoryCode: 'APPORT_PERSONNEL',
      confidence: 99,
      toConfirm: false,
    });
  });

  it('classes a transfer to the owner by name as a prélèvement personnel', () => {
    const result = categorise(
      tx({
        amountCents: -250000,
        label: 'VIR SEPA EMIS MAELLE FAUCONNET',
        memo: 'VIREMENT COMPTE PERSO',
      }),
      context(),
    );
    expect(result).toMatchObject({
      categoryCode: 'PRELEVEMENT_PERSONNEL',
      source: 'RULE',
      ruleId: 'own-name-out',
      direction: 'out',
    });
  });

  it('does not take a shop for the owner because it shares a surname', () => {
    const result = categorise(
      tx({ label: 'BOULANGERIE FAUCONNET MAELLE', memo: 'CARTE X4821 03/10' }),
      context(),
    );
    expect(result.ruleId).not.toMatch(/^own-/);
  });

  it('classes money between two pro accounts as an internal transfer', () => {
    const result = categorise(
      tx({
        amountCents: 300000,
        label: 'VIR LIVRET PRO',
        counterpartyIban: 'FR7630003027150005123459938',
      }),
      { ...context(), proIbans: ['FR7630003027150005123459938'] },
    );
    expect(result.categoryCode).toBe('VIREMENT_INTERNE');
  });

  it('classes the deferred card debit on checking as internal, not as an expense', () => {
    const result = categorise(
      tx({
        amountCents: -65007,
        label: 'FACTURE CARTE DU 300926',
        memo: 'CARTE X4821 VISA BUSINESS DEBIT DIFFERE',
      }),
      context(),
    );
    expect(result).toMatchObject({ categoryCode: 'VIREMENT_INTERNE', toConfirm: false });
  });

  it('classes a withdrawal as a transfer to CAISSE, and its CAISSE entry too', () => {
    expect(
      categorise(tx({ amountCents: -8000, label: 'RETRAIT DAB 17/10 LYON' }), context()),
    ).toMatchObject({
      categoryCode: 'VIREMENT_INTERNE',
    });
    expect(
      categorise(
        tx({ accountKind: 'CAISSE', amountCents: 8000, label: 'Retrait DAB 17/10' }),
        context(),
      ),
    ).toMatchObject({ categoryCode: 'VIREMENT_INTERNE' });
  });

  it('follows the bank’s personal flag (Shine) as a prélèvement personnel', () => {
    const result = categorise(
      tx({
        amountCents: -4315,
        label: 'MONOPRIX LYON',
        hints: { personal: true, bankCategory: 'Courses' },
      }),
      context(),
    );
    expect(result).toMatchObject({
      categoryCode: 'PRELEVEMENT_PERSONNEL',
      source: 'STATEMENT',
      toConfirm: false,
    });
  });

  it('tells DGFIP payments apart by motif: VAT, CFE, income tax', () => {
    const dgfip = (memo: string) =>
      categorise(tx({ amountCents: -6200, label: 'PRLV SEPA DGFIP', memo }), context())
        .categoryCode;
    expect(dgfip('TVA CA3 08/2026 ICS FR06ZZZ009311 RUM DGFIP-TVA-7781')).toBe('L11_TVA');
    expect(dgfip('CFE 2026 MENSUALITE 9/10')).toBe('L12_CET');
    expect(dgfip('PAS ACOMPTE BNC 09/2026')).toBe('PRELEVEMENT_PERSONNEL');
  });

  it('a certain rule is not overridden by a confirmation learned for the same counterparty', () => {
    const learned: [string, LearnedAnswer][] = [
      [learnedKey('dgfip', 'out'), { categoryCode: 'L13_AUTRES_IMPOTS', confirmations: 5 }],
    ];
    const result = categorise(
      tx({ label: 'PRLV SEPA DGFIP', memo: 'TVA CA3 09/2026' }),
      context(learned),
    );
    expect(result).toMatchObject({ categoryCode: 'L11_TVA', source: 'RULE' });
  });
});

describe('categorise: learning from confirmations', () => {
  const unknown = tx({
    accountKind: 'DEFERRED_CARD',
    amountCents: -2999,
    label: 'MEDIASTORE BELLECOUR LYON',
    memo: 'CARTE X4821 09/10',
  });

  it('an unknown counterparty is to confirm, then learned after one confirmation', () => {
    const before = categorise(unknown, context());
    expect(before).toMatchObject({
      categoryCode: null,
      source: 'NONE',
      toConfirm: true,
      counterpartyKey: 'mediastore bellecour lyon',
    });

    const key = learnedKey(before.counterpartyKey ?? '', before.direction);
    const after = categorise(
      unknown,
      context([[key, { categoryCode: 'L19_PETIT_OUTILLAGE', confirmations: 1 }]]),
    );
    expect(after).toMatchObject({
      categoryCode: 'L19_PETIT_OUTILLAGE',
      source: 'LEARNED',
      toConfirm: false,
    });
    expect(after.confidence).toBeGreaterThan(before.confidence);
  });

  it('confidence rises with confirmations and never reaches 100', () => {
    const values = [1, 2, 3, 4, 10, 1000].map(learnedConfidence);
    expect(values).toEqual([...values].sort((a, b) => a - b));
    expect(values[0]).toBeGreaterThanOrEqual(70);
    expect(Math.max(...values)).toBeLessThan(100);
    expect(learnedConfidence(0)).toBe(0);
  });

  it('a learned answer overrides a weaker generic rule', () => {
    const cafe = tx({
      accountKind: 'DEFERRED_CARD',
      amountCents: -350,
      label: 'CAFE DU PASSAGE LYON',
      memo: 'CARTE X4821 10/09',
    });
    expect(categorise(cafe, context())).toMatchObject({
      categoryCode: 'L26_RECEPTION',
      toConfirm: true,
    });

    const learned: [string, LearnedAnswer][] = [
      [
        learnedKey('cafe du passage lyon', 'out'),
        { categoryCode: 'PRELEVEMENT_PERSONNEL', confirmations: 1 },
      ],
    ];
    expect(categorise(cafe, context(learned))).toMatchObject({
      categoryCode: 'PRELEVEMENT_PERSONNEL',
      source: 'LEARNED',
      toConfirm: false,
    });
  });

  it('learns per direction: a refund is not a purchase', () => {
    const learned: [string, LearnedAnswer][] = [
      [
        learnedKey('mediastore bellecour lyon', 'out'),
        { categoryCode: 'L19_PETIT_OUTILLAGE', confirmations: 3 },
      ],
    ];
    const refund = categorise({ ...unknown, amountCents: 2999 }, context(learned));
    expect(refund).toMatchObject({ direction: 'in', source: 'NONE', toConfirm: true });
  });

  it('ignores a learned code the chart does not hold', () => {
    const learned: [string, LearnedAnswer][] = [
      [
        learnedKey('mediastore bellecour lyon', 'out'),
        { categoryCode: 'OLD_CODE', confirmations: 3 },
      ],
    ];
    expect(categorise(unknown, context(learned)).source).toBe('NONE');
  });

  it('learningKeyOf gives the key categorise looks up (prefixes cut)', () => {
    const row = tx({
      amountCents: 216000,
      label: 'VIR SEPA EDITIONS DU GRAND TILLE',
      memo: 'FACTURE F2026-035',
    });
    expect(learningKeyOf(row)).toBe('editions du grand tille');
    expect(categorise(row, context()).counterpartyKey).toBe(learningKeyOf(row));
  });
});

describe('categorise: generic rules and defaults', () => {
  it('a credit naming an invoice is a receipt; other third-party credits are asked', () => {
    const invoice = categorise(
      tx({ amountCents: 240000, label: 'VIR SEPA STUDIO PISTACHE SAS', memo: 'FACTURE F2026-034' }),
      context(),
    );
    expect(invoice).toMatchObject({ categoryCode: 'L01_RECETTES', toConfirm: false });

    const plain = categorise(
      tx({ amountCents: 60000, label: 'VIR INST VILLE-NUAGE SAS', memo: 'ATELIER PERSONAS' }),
      context(),
    );
    expect(plain).toMatchObject({
      categoryCode: 'L01_RECETTES',
      toConfirm: true,
      ruleId: 'third-party-credit',
    });
  });

  it('a refund on the card account reduces the expense line, it is never a receipt', () => {
    const refund = categorise(
      tx({
        accountKind: 'DEFERRED_CARD',
        amountCents: 8100,
        label: 'SNCF CONNECT PARIS',
        memo: 'CARTE X4821 13/10 REMBOURSEMENT',
      }),
      context(),
    );
    expect(refund.categoryCode).toBe('L24_DEPLACEMENTS');
    const unknownRefund = categorise(
      tx({ accountKind: 'DEFERRED_CARD', amountCents: 500, label: 'BOUTIQUE INCONNUE' }),
      context(),
    );
    expect(unknownRefund.categoryCode).toBeNull();
  });

  it('an URSSAF refund reduces line 25', () => {
    const result = categorise(
      tx({
        amountCents: 13400,
        label: 'PRLV SEPA URSSAF RHONE-ALPES',
        memo: 'REMBOURSEMENT REGULARISATION 2025',
      }),
      context(),
    );
    expect(result.categoryCode).toBe('L25_CHARGES_SOCIALES_PERSO');
  });

  it('falls back on the bank’s own category as a weak suggestion', () => {
    const result = categorise(
      tx({ label: 'SOME SAAS INC', hints: { bankCategory: 'Logiciels' } }),
      context(),
    );
    expect(result).toMatchObject({
      categoryCode: 'L17_ENTRETIEN_REPARATIONS',
      source: 'STATEMENT',
      toConfirm: true,
    });
  });

  it('B26: a missing and an empty bank category behave alike', () => {
    const base = tx({ label: 'BOUTIQUE INCONNUE' });
    const missing = categorise(base, context());
    const empty = categorise({ ...base, hints: { bankCategory: '' } }, context());
    const blank = categorise({ ...base, hints: { bankCategory: '  ' } }, context());
    expect(empty).toEqual(missing);
    expect(blank).toEqual(missing);
    expect(missing.categoryCode).toBeNull();
  });

  it('B21: rules read parsed fields; a comma in the payee does not change the sign', () => {
    const result = categorise(
      tx({ amountCents: -450, label: 'BLUE BOTTLE COFFEE, INC', memo: 'debit,credit' }),
      context(),
    );
    expect(result).toMatchObject({
      direction: 'out',
      categoryCode: 'L26_RECEPTION',
      counterpartyKey: 'blue bottle coffee',
    });
  });

  it('the threshold decides what is asked', () => {
    const row = tx({
      accountKind: 'DEFERRED_CARD',
      amountCents: -3200,
      label: 'LIBRAIRIE DES PASSAGES LYON',
    });
    expect(categorise(row, context()).toConfirm).toBe(false);
    expect(categorise(row, { ...context(), threshold: 90 }).toConfirm).toBe(true);
  });

  it('prefers the counterparty given as a field over the label', () => {
    const result = categorise(
      tx({ label: 'PRLV SEPA 123456', counterparty: 'Orange SA' }),
      context(),
    );
    expect(result).toMatchObject({
      categoryCode: 'L27_FOURNITURES_TELECOM',
      counterpartyKey: 'orange',
    });
  });
});
