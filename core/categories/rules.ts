import type { CategoryCode } from './bnc-chart.ts';
import type { CategoryRule, RuleConditions, RuleTier } from './rule-types.ts';

/**
 * The built-in rules, in the order they are tried within each tier. Patterns run on cleaned
 * fields (subject, motif), each folded to upper-case ASCII, never on a re-joined line (B21).
 * Confidence says how often the pattern is right for a French freelancer: under 70 the
 * freelancer is asked, and the answer is learned for that counterparty.
 */

const TRANSFERS = ['transfer_in', 'transfer_out', 'other'] as const;
const BANK_ACCOUNTS = ['CHECKING', 'SAVINGS'] as const;
const TAX_OFFICE = /\b(?:DGFIP|DIRECTION GENERALE DES FINANCES PUBLIQUES|TRESOR PUBLIC|SIE|SIP)\b/;
const SOCIAL_FUNDS = new RegExp(
  String.raw`\b(?:URSSAF|CIPAV|CARMF|CARPIMKO|CAVEC|CNBF|CARCDSF|CAVP|CARPV|CAVOM|CAVAMAC|` +
    String.raw`CPRN|SSI|SECURITE SOCIALE DES INDEPENDANTS)\b`,
);

export const CATEGORY_RULES: readonly CategoryRule[] = [
  // The owner's own accounts: neither receipt nor expense (bnc.md §3.5).
  rule('own-iban-in', 'certain', { direction: 'in', ownAccount: 'iban' }, 'APPORT_PERSONNEL', 99),
  rule(
    'own-iban-out',
    'certain',
    { direction: 'out', ownAccount: 'iban' },
    'PRELEVEMENT_PERSONNEL',
    99,
  ),
  rule('own-name-in', 'certain', { direction: 'in', ownAccount: 'name' }, 'APPORT_PERSONNEL', 95),
  rule(
    'own-name-out',
    'certain',
    { direction: 'out', ownAccount: 'name' },
    'PRELEVEMENT_PERSONNEL',
    95,
  ),
  rule('pro-account', 'certain', { proAccount: true }, 'VIREMENT_INTERNE', 99),

  // The deferred card's monthly debit clears the card account, whose rows carry the expenses.
  rule(
    'card-settlement-checking',
    'certain',
    { accountKinds: ['CHECKING'], labelKinds: ['card_settlement'] },
    'VIREMENT_INTERNE',
    98,
  ),
  rule(
    'card-settlement-card',
    'certain',
    { accountKinds: ['DEFERRED_CARD'], direction: 'in', labelKinds: ['card_settlement'] },
    'VIREMENT_INTERNE',
    98,
  ),
  // Cash taken out feeds the CAISSE account; its entry there is the other side.
  rule(
    'atm-withdrawal',
    'certain',
    { direction: 'out', labelKinds: ['atm'] },
    'VIREMENT_INTERNE',
    95,
  ),
  rule(
    'caisse-feed',
    'certain',
    {
      accountKinds: ['CAISSE'],
      direction: 'in',
      who: /\b(?:RETRAIT|DAB|GAB|ALIMENTATION CAISSE)\b/,
    },
    'VIREMENT_INTERNE',
    95,
  ),
  {
    ...rule(
      'personal-flag',
      'certain',
      { direction: 'out', personalHint: true },
      'PRELEVEMENT_PERSONNEL',
      90,
    ),
    source: 'STATEMENT',
  },

  // DGFIP collects several things; only the motif tells which (learning "DGFIP" would mix them).
  rule('dgfip-tva', 'certain', { who: TAX_OFFICE, what: /\b(?:TVA|CA3|CA12)\b/ }, 'L11_TVA', 95),
  rule('dgfip-cet', 'certain', { who: TAX_OFFICE, what: /\b(?:CFE|CVAE|CET)\b/ }, 'L12_CET', 95),
  rule(
    'dgfip-income-tax',
    'certain',
    { who: TAX_OFFICE, what: /\b(?:PAS|PRELEVEMENT A LA SOURCE|IMPOT SUR LE REVENU|ACOMPTE IR)\b/ },
    'PRELEVEMENT_PERSONNEL',
    95,
  ),
  rule(
    'social-funds-out',
    'certain',
    { direction: 'out', who: SOCIAL_FUNDS },
    'L25_CHARGES_SOCIALES_PERSO',
    95,
  ),
  // A refund from URSSAF reduces the line it was paid on.
  rule(
    'social-funds-in',
    'certain',
    { direction: 'in', who: SOCIAL_FUNDS },
    'L25_CHARGES_SOCIALES_PERSO',
    85,
  ),

  // Bank charges.
  rule(
    'interest-charged',
    'generic',
    { labelKinds: ['fee'], who: /\b(?:AGIOS|INTERETS DEBITEURS)\b/ },
    'L31_FRAIS_FINANCIERS',
    85,
  ),
  rule('bank-fee', 'generic', { labelKinds: ['fee'] }, 'L30_FRAIS_DIVERS', 90),
  rule(
    'interest-earned',
    'generic',
    { direction: 'in', accountKinds: BANK_ACCOUNTS, who: /\bINTERETS?\b|\bREMUNERATION\b/ },
    'L05_PRODUITS_FINANCIERS',
    85,
  ),
  rule(
    'loan-received',
    'generic',
    { direction: 'in', who: /\b(?:DEBLOCAGE|VERSEMENT) (?:PRET|CREDIT)\b/ },
    'EMPRUNT_CAPITAL',
    85,
  ),
  // An instalment mixes capital and interest (line 31): the split needs the loan table.
  rule(
    'loan-instalment',
    'generic',
    { direction: 'out', who: /\bECH(?:EANCE)? (?:PRET|CREDIT)\b|\bREMBOURSEMENT PRET\b/ },
    'EMPRUNT_CAPITAL',
    50,
  ),

  // Optional social contributions (Madelin) and other taxes.
  rule(
    'madelin',
    'generic',
    { direction: 'out', what: /\bMADELIN\b/ },
    'L25_CHARGES_SOCIALES_FACULTATIVES',
    90,
  ),
  rule(
    'prevoyance',
    'generic',
    { direction: 'out', who: /\bPREVOYANCE\b|\bRETRAITE COMPLEMENTAIRE\b/ },
    'L25_CHARGES_SOCIALES_FACULTATIVES',
    55,
  ),
  rule('tax-other', 'generic', { direction: 'out', who: TAX_OFFICE }, 'L13_AUTRES_IMPOTS', 50),

  // Premises, utilities, insurance, professional fees.
  rule(
    'rent-motif',
    'generic',
    { direction: 'out', what: /\bLOYERS?\b|\bLOCATION (?:BUREAU|LOCAL|POSTE)\b/ },
    'L15_LOYERS',
    85,
  ),
  rule(
    'rent-coworking',
    'generic',
    { direction: 'out', who: /\bCOWORKING\b|\bREGUS\b|\bWEWORK\b/ },
    'L15_LOYERS',
    75,
  ),
  rule(
    'utilities',
    'generic',
    { who: /\b(?:EDF|ENGIE|ENERCOOP|GRDF|VEOLIA|SUEZ|EKWATEUR)\b/ },
    'L20_ENERGIE',
    80,
  ),
  rule(
    'insurance-motif',
    'generic',
    { direction: 'out', what: /\bRC PRO|\bRESPONSABILITE CIVILE\b|\bMULTIRISQUE\b/ },
    'L22_ASSURANCES',
    85,
  ),
  rule(
    'insurance-name',
    'generic',
    {
      direction: 'out',
      who: /\b(?:ASSURANCES?|AXA|MAAF|MACSF|MMA|ALLIANZ|HISCOX|GENERALI|MAIF|SMABTP)\b/,
    },
    'L22_ASSURANCES',
    70,
  ),
  rule(
    'approved-association',
    'generic',
    {
      direction: 'out',
      who: /\b(?:AGA|AGAPL|AGAPS|ARAPL|OGA|OGBNC|ANAFAGC|CGA)\b|\bGESTION AGREE/,
    },
    'L21_HONORAIRES',
    85,
  ),
  rule(
    'advisers',
    'generic',
    {
      direction: 'out',
      who: /\bEXPERT(?:ISE)? COMPTABLE\b|\bAVOCATS?\b|\bNOTAIRES?\b|\bHUISSIER\b/,
    },
    'L21_HONORAIRES',
    75,
  ),
  rule('fees-motif', 'generic', { direction: 'out', what: /\bHONORAIRES\b/ }, 'L21_HONORAIRES', 75),
  rule(
    'professional-body',
    'generic',
    { direction: 'out', who: /\bORDRE DES\b|\bSYNDICAT\b/ },
    'L29_COTISATIONS_PRO',
    70,
  ),

  // Well-known suppliers: a refund (credit) from them reduces the same line.
  rule(
    'telecom',
    'generic',
    {
      who: /\b(?:ORANGE|SOSH|FREE MOBILE|FREE TELECOM|FREEBOX|SFR|RED BY SFR|BOUYGUES TELECOM|PRIXTEL)\b/,
    },
    'L27_FOURNITURES_TELECOM',
    85,
  ),
  rule(
    'software',
    'generic',
    {
      who: new RegExp(
        String.raw`\b(?:OVH|ADOBE|GOOGLE WORKSPACE|GOOGLE CLOUD|GSUITE|DROPBOX|NOTION|FIGMA|` +
          String.raw`MICROSOFT|GITHUB|SLACK|CANVA|ATLASSIAN|MIRO|GANDI|IONOS|SCALEWAY|O2SWITCH|` +
          String.raw`MAILCHIMP|CALENDLY|JETBRAINS|DEEPL|1PASSWORD|ICLOUD|DOCTOLIB)\b`,
      ),
    },
    'L17_ENTRETIEN_REPARATIONS',
    85,
  ),
  rule(
    'public-transport',
    'generic',
    {
      who: /\b(?:SNCF|OUIGO|TRAINLINE|RATP|TCL|NAVIGO|BLABLACAR|AIR FRANCE|EASYJET|TRANSAVIA|VOLOTEA)\b/,
    },
    'L24_DEPLACEMENTS',
    85,
  ),
  rule(
    'food-delivery',
    'generic',
    { who: /\bUBER EATS\b|\bDELIVEROO\b|\bJUST EAT\b/ },
    'L26_RECEPTION',
    45,
  ),
  rule(
    'taxi',
    'generic',
    { who: /\b(?:TAXIS?|G7|UBER|BOLT|HEETCH|FREENOW|LECAB)\b/ },
    'L24_DEPLACEMENTS',
    75,
  ),
  rule(
    'lodging-parking',
    'generic',
    {
      who: /\b(?:HOTELS?|IBIS|NOVOTEL|MERCURE|CAMPANILE|KYRIAD|AIRBNB|PARKING|INDIGO|EFFIA|PEAGE)\b/,
    },
    'L24_DEPLACEMENTS',
    75,
  ),
  // Fuel is line 23 unless the freelancer uses the mileage scale: always ask.
  rule(
    'fuel',
    'generic',
    { who: /\b(?:TOTALENERGIES|TOTAL ENERGIES|ESSO|SHELL|AVIA|CARBURANT|STATION SERVICE)\b/ },
    'L23_FRAIS_VEHICULES',
    60,
  ),
  rule(
    'stationery-post',
    'generic',
    {
      who: /\b(?:PAPETERIE|BUREAU VALLEE|OFFICE DEPOT|LYRECO|LA POSTE|IMPRESSION|IMPRIMERIE|REPROGRAPHIE|VISTAPRINT|EXAPRINT)\b/,
    },
    'L27_FOURNITURES_TELECOM',
    80,
  ),
  rule(
    'books',
    'generic',
    { who: /\b(?:LIBRAIRIE|LIBRAIRIES|DECITRE|GIBERT)\b/ },
    'L27_FOURNITURES_TELECOM',
    70,
  ),
  // A meal may be a business meal (line 26) or not: the freelancer says, once per place.
  rule(
    'meals',
    'generic',
    {
      who: /\b(?:RESTAURANT|RESTO|BRASSERIE|BISTROT?|CAFE|COFFEE|BAR|TRAITEUR|PIZZERIA|BOUCHON|STARBUCKS)\b/,
    },
    'L26_RECEPTION',
    55,
  ),
  // Shops that mostly sell everyday personal goods.
  rule(
    'everyday-shops',
    'generic',
    {
      direction: 'out',
      who: new RegExp(
        String.raw`\b(?:PHARMACIE|MONOPRIX|CARREFOUR|AUCHAN|LECLERC|INTERMARCHE|FRANPRIX|LIDL|ALDI|` +
          String.raw`SUPER U|HYPER U|PICARD|BIOCOOP|NATURALIA|BOULANGERIE|PATISSERIE|BOUCHERIE)\b`,
      ),
    },
    'PRELEVEMENT_PERSONNEL',
    55,
  ),
  rule(
    'electronics',
    'generic',
    { direction: 'out', who: /\b(?:DARTY|BOULANGER|LDLC|FNAC|APPLE STORE|CDISCOUNT)\b/ },
    'L19_PETIT_OUTILLAGE',
    50,
  ),
  rule(
    'marketplace',
    'generic',
    { direction: 'out', who: /\b(?:AMAZON|AMZN)\b/ },
    'L19_PETIT_OUTILLAGE',
    40,
  ),

  // Money between the owner and the business, said in the motif only.
  rule(
    'apport-motif',
    'generic',
    { direction: 'in', labelKinds: TRANSFERS, what: /\bAPPORT\b/ },
    'APPORT_PERSONNEL',
    75,
  ),
  rule(
    'withdrawal-motif',
    'generic',
    {
      direction: 'out',
      labelKinds: TRANSFERS,
      what: /\bCOMPTE PERSO\b|\bPRELEVEMENT PERSO\b|\bPERSO\b/,
    },
    'PRELEVEMENT_PERSONNEL',
    75,
  ),

  // Receipts: a credit naming an invoice or a quote is a fee received.
  rule(
    'invoice-paid',
    'generic',
    {
      direction: 'in',
      accountKinds: ['CHECKING', 'SAVINGS', 'CAISSE'],
      labelKinds: TRANSFERS,
      what: /\b(?:FACTURES?|FACT|INVOICE|HONORAIRES|NOTE D HONORAIRES|DEVIS|ACOMPTE|SOLDE)\b/,
    },
    'L01_RECETTES',
    80,
  ),
  rule(
    'cheque-deposit',
    'generic',
    { direction: 'in', labelKinds: ['cheque'] },
    'L01_RECETTES',
    75,
  ),

  // Any other credit from a third party is most likely a fee received; asked the first time.
  rule(
    'third-party-credit',
    'fallback',
    { direction: 'in', accountKinds: ['CHECKING', 'CAISSE'], labelKinds: TRANSFERS },
    'L01_RECETTES',
    60,
  ),
];

function rule(
  id: string,
  tier: RuleTier,
  when: RuleConditions,
  categoryCode: CategoryCode,
  confidence: number,
): CategoryRule {
  return { id, tier, when, categoryCode, confidence };
}
