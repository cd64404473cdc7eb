import { anyWord, inTier, rule } from './rule-helpers.ts';

/** Who collects taxes; what they collect is only in the motif. */
export const TAX_OFFICE = anyWord(
  'DGFIP',
  'DIRECTION GENERALE DES FINANCES PUBLIQUES',
  'TRESOR PUBLIC',
  'SIE',
  'SIP',
);

const SOCIAL_FUNDS = anyWord(
  'URSSAF',
  'CIPAV',
  'CARMF',
  'CARPIMKO',
  'CAVEC',
  'CNBF',
  'CARCDSF',
  'CAVP',
  'CARPV',
  'CAVOM',
  'CAVAMAC',
  'CPRN',
  'SSI',
  'SECURITE SOCIALE DES INDEPENDANTS',
);

/** Rules sure enough that a confirmation learned for the counterparty does not override them. */
export const CERTAIN_RULES = inTier('certain', [
  // The owner's own accounts: neither receipt nor expense (bnc.md §3.5).
  rule('own-iban-in', 'APPORT_PERSONNEL', 99, { direction: 'in', ownAccount: 'iban' }),
  rule('own-iban-out', 'PRELEVEMENT_PERSONNEL', 99, { direction: 'out', ownAccount: 'iban' }),
  rule('own-name-in', 'APPORT_PERSONNEL', 95, { direction: 'in', ownAccount: 'name' }),
  rule('own-name-out', 'PRELEVEMENT_PERSONNEL', 95, { direction: 'out', ownAccount: 'name' }),
  rule('pro-account', 'VIREMENT_INTERNE', 99, { proAccount: true }),

  // The deferred card's monthly debit clears the card account, whose rows carry the expenses.
  rule('card-settlement-checking', 'VIREMENT_INTERNE', 98, {
    accountKinds: ['CHECKING'],
    labelKinds: ['card_settlement'],
  }),
  rule('card-settlement-card', 'VIREMENT_INTERNE', 98, {
    accountKinds: ['DEFERRED_CARD'],
    direction: 'in',
    labelKinds: ['card_settlement'],
  }),

  // Cash taken out feeds the CAISSE account; its entry there is the other side.
  rule('atm-withdrawal', 'VIREMENT_INTERNE', 95, { direction: 'out', labelKinds: ['atm'] }),
  rule('caisse-feed', 'VIREMENT_INTERNE', 95, {
    accountKinds: ['CAISSE'],
    direction: 'in',
    who: anyWord('RETRAIT', 'DAB', 'GAB', 'ALIMENTATION CAISSE'),
  }),
  {
    ...rule('personal-flag', 'PRELEVEMENT_PERSONNEL', 90, { direction: 'out', personalHint: true }),
    source: 'STATEMENT',
  },

  // DGFIP collects several things: learning "DGFIP" once would mix VAT, CFE and income tax.
  rule('dgfip-tva', 'L11_TVA', 95, { who: TAX_OFFICE, what: anyWord('TVA', 'CA3', 'CA12') }),
  rule('dgfip-cet', 'L12_CET', 95, { who: TAX_OFFICE, what: anyWord('CFE', 'CVAE', 'CET') }),
  // Income tax is the owner's, never a 2035 expense.
  rule('dgfip-income-tax', 'PRELEVEMENT_PERSONNEL', 95, {
    who: TAX_OFFICE,
    what: anyWord('PAS', 'PRELEVEMENT A LA SOURCE', 'IMPOT SUR LE REVENU', 'ACOMPTE IR'),
  }),

  rule('social-funds-out', 'L25_CHARGES_SOCIALES_PERSO', 95, {
    direction: 'out',
    who: SOCIAL_FUNDS,
  }),
  // A refund from URSSAF reduces the line it was paid on.
  rule('social-funds-in', 'L25_CHARGES_SOCIALES_PERSO', 85, { direction: 'in', who: SOCIAL_FUNDS }),
]);
