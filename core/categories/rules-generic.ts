import { anyWord, inTier, rule } from './rule-helpers.ts';
import { TAX_OFFICE } from './rules-certain.ts';

const TRANSFERS = ['transfer_in', 'transfer_out', 'other'] as const;

/**
 * Patterns that are usually right; a confirmation for the counterparty outranks them. Known
 * suppliers match in both directions: a refund from them reduces the same line.
 */
export const GENERIC_RULES = inTier('generic', [
  // Bank charges and bank products.
  rule('interest-charged', 'L31_FRAIS_FINANCIERS', 85, {
    labelKinds: ['fee'],
    who: anyWord('AGIOS', 'INTERETS DEBITEURS'),
  }),
  rule('bank-fee', 'L30_FRAIS_DIVERS', 90, { labelKinds: ['fee'] }),
  rule('interest-earned', 'L05_PRODUITS_FINANCIERS', 85, {
    direction: 'in',
    accountKinds: ['CHECKING', 'SAVINGS'],
    who: anyWord('INTERETS?', 'REMUNERATION'),
  }),
  rule('loan-received', 'EMPRUNT_CAPITAL', 85, {
    direction: 'in',
    who: anyWord('(?:DEBLOCAGE|VERSEMENT) (?:PRET|CREDIT)'),
  }),
  // An instalment mixes capital and interest (line 31): the split needs the loan table.
  rule('loan-instalment', 'EMPRUNT_CAPITAL', 50, {
    direction: 'out',
    who: anyWord('ECH(?:EANCE)? (?:PRET|CREDIT)', 'REMBOURSEMENT PRET'),
  }),

  // Optional social contributions (Madelin) and other taxes.
  rule('madelin', 'L25_CHARGES_SOCIALES_FACULTATIVES', 90, {
    direction: 'out',
    what: anyWord('MADELIN'),
  }),
  rule('prevoyance', 'L25_CHARGES_SOCIALES_FACULTATIVES', 55, {
    direction: 'out',
    who: anyWord('PREVOYANCE', 'RETRAITE COMPLEMENTAIRE'),
  }),
  rule('tax-other', 'L13_AUTRES_IMPOTS', 50, { direction: 'out', who: TAX_OFFICE }),

  // Premises, utilities, insurance, professional fees and dues.
  rule('rent-motif', 'L15_LOYERS', 85, {
    direction: 'out',
    what: anyWord('LOYERS?', 'LOCATION (?:BUREAU|LOCAL|POSTE)'),
  }),
  rule('rent-coworking', 'L15_LOYERS', 75, {
    direction: 'out',
    who: anyWord('COWORKING', 'REGUS', 'WEWORK'),
  }),
  rule('utilities', 'L20_ENERGIE', 80, {
    who: anyWord('EDF', 'ENGIE', 'ENERCOOP', 'GRDF', 'VEOLIA', 'SUEZ', 'EKWATEUR'),
  }),
  rule('insurance-motif', 'L22_ASSURANCES', 85, {
    direction: 'out',
    what: anyWord('RC PRO\\w*', 'RESPONSABILITE CIVILE', 'MULTIRISQUE'),
  }),
  rule('insurance-name', 'L22_ASSURANCES', 70, {
    direction: 'out',
    who: anyWord('ASSURANCES?', 'AXA', 'MAAF', 'MACSF', 'MMA', 'ALLIANZ', 'HISCOX', 'SMABTP'),
  }),
  rule('approved-association', 'L21_HONORAIRES', 85, {
    direction: 'out',
    who: anyWord(
      'AGA',
      'AGAPL',
      'AGAPS',
      'ARAPL',
      'OGA',
      'OGBNC',
      'ANAFAGC',
      'CGA',
      'GESTION AGREE',
    ),
  }),
  rule('advisers', 'L21_HONORAIRES', 75, {
    direction: 'out',
    who: anyWord('EXPERT(?:ISE)? COMPTABLE', 'AVOCATS?', 'NOTAIRES?', 'HUISSIER'),
  }),
  rule('fees-motif', 'L21_HONORAIRES', 75, { direction: 'out', what: anyWord('HONORAIRES') }),
  rule('professional-body', 'L29_COTISATIONS_PRO', 70, {
    direction: 'out',
    who: anyWord('ORDRE DES', 'SYNDICAT'),
  }),

  // Well-known suppliers.
  rule('telecom', 'L27_FOURNITURES_TELECOM', 85, {
    who: anyWord(
      'ORANGE',
      'SOSH',
      'FREE (?:MOBILE|TELECOM)',
      'FREEBOX',
      '(?:RED BY )?SFR',
      'BOUYGUES TELECOM',
      'PRIXTEL',
    ),
  }),
  rule('software', 'L17_ENTRETIEN_REPARATIONS', 85, {
    who: anyWord(
      'OVH',
      'ADOBE',
      'GOOGLE (?:WORKSPACE|CLOUD)',
      'GSUITE',
      'DROPBOX',
      'NOTION',
      'FIGMA',
      'MICROSOFT',
      'GITHUB',
      'SLACK',
      'CANVA',
      'ATLASSIAN',
      'MIRO',
      'GANDI',
      'IONOS',
      'SCALEWAY',
      'O2SWITCH',
      'MAILCHIMP',
      'CALENDLY',
      'JETBRAINS',
      'DEEPL',
      '1PASSWORD',
      'ICLOUD',
      'DOCTOLIB',
    ),
  }),
  rule('public-transport', 'L24_DEPLACEMENTS', 85, {
    who: anyWord(
      'SNCF',
      'OUIGO',
      'TRAINLINE',
      'RATP',
      'TCL',
      'NAVIGO',
      'BLABLACAR',
      'AIR FRANCE',
      'EASYJET',
      'TRANSAVIA',
      'VOLOTEA',
    ),
  }),
  rule('food-delivery', 'L26_RECEPTION', 45, {
    who: anyWord('UBER EATS', 'DELIVEROO', 'JUST EAT'),
  }),
  rule('taxi', 'L24_DEPLACEMENTS', 75, {
    who: anyWord('TAXIS?', 'G7', 'UBER', 'BOLT', 'HEETCH', 'FREENOW', 'LECAB'),
  }),
  rule('lodging-parking', 'L24_DEPLACEMENTS', 75, {
    who: anyWord(
      'HOTELS?',
      'IBIS',
      'NOVOTEL',
      'MERCURE',
      'CAMPANILE',
      'KYRIAD',
      'AIRBNB',
      'PARKING',
      'INDIGO',
      'EFFIA',
      'PEAGE',
    ),
  }),
  // Fuel is line 23 unless the freelancer uses the mileage scale: always ask.
  rule('fuel', 'L23_FRAIS_VEHICULES', 60, {
    who: anyWord('TOTAL ?ENERGIES', 'ESSO', 'SHELL', 'AVIA', 'CARBURANTS?', 'STATION SERVICE'),
  }),
  rule('stationery-post', 'L27_FOURNITURES_TELECOM', 80, {
    who: anyWord(
      'PAPETERIE',
      'BUREAU VALLEE',
      'OFFICE DEPOT',
      'LYRECO',
      'LA POSTE',
      'IMPRESSION',
      'IMPRIMERIE',
      'REPROGRAPHIE',
      'VISTAPRINT',
      'EXAPRINT',
    ),
  }),
  rule('books', 'L27_FOURNITURES_TELECOM', 70, {
    who: anyWord('LIBRAIRIES?', 'DECITRE', 'GIBERT'),
  }),
  // A meal may be a business meal (line 26) or not: the freelancer says, once per place.
  rule('meals', 'L26_RECEPTION', 55, {
    who: anyWord(
      'RESTAURANT',
      'RESTO',
      'BRASSERIE',
      'BISTROT?',
      'CAFE',
      'COFFEE',
      'BAR',
      'TRAITEUR',
      'PIZZERIA',
      'BOUCHON',
      'STARBUCKS',
    ),
  }),
  // Shops that mostly sell everyday personal goods.
  rule('everyday-shops', 'PRELEVEMENT_PERSONNEL', 55, {
    direction: 'out',
    who: anyWord(
      'PHARMACIE',
      'MONOPRIX',
      'CARREFOUR',
      'AUCHAN',
      'LECLERC',
      'INTERMARCHE',
      'FRANPRIX',
      'LIDL',
      'ALDI',
      '(?:SUPER|HYPER) U',
      'PICARD',
      'BIOCOOP',
      'NATURALIA',
      'BOULANGERIE',
      'PATISSERIE',
      'BOUCHERIE',
    ),
  }),
  rule('electronics', 'L19_PETIT_OUTILLAGE', 50, {
    direction: 'out',
    who: anyWord('DARTY', 'BOULANGER', 'LDLC', 'FNAC', 'APPLE STORE', 'CDISCOUNT'),
  }),
  rule('marketplace', 'L19_PETIT_OUTILLAGE', 40, {
    direction: 'out',
    who: anyWord('AMAZON', 'AMZN'),
  }),

  // Money between the owner and the business, said only in the motif.
  rule('apport-motif', 'APPORT_PERSONNEL', 75, {
    direction: 'in',
    labelKinds: TRANSFERS,
    what: anyWord('APPORT'),
  }),
  rule('withdrawal-motif', 'PRELEVEMENT_PERSONNEL', 75, {
    direction: 'out',
    labelKinds: TRANSFERS,
    what: anyWord('COMPTE PERSO', 'PRELEVEMENT PERSO', 'PERSO'),
  }),

  // Receipts: a credit naming an invoice or a quote is a fee received.
  rule('invoice-paid', 'L01_RECETTES', 80, {
    direction: 'in',
    accountKinds: ['CHECKING', 'SAVINGS', 'CAISSE'],
    labelKinds: TRANSFERS,
    what: anyWord('FACTURES?', 'FACT', 'INVOICE', 'HONORAIRES', 'DEVIS', 'ACOMPTE', 'SOLDE'),
  }),
  rule('cheque-deposit', 'L01_RECETTES', 75, { direction: 'in', labelKinds: ['cheque'] }),
]);
