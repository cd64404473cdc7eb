import { BNC_CHART, categoryByCode, type BncCategory } from '../categories/bnc-chart.ts';
import type { Locale } from './chat-types.ts';

/**
 * How categories travel in buttons and read on them: a word for Slack values (`fournitures`),
 * three letters for Telegram's 64-byte callback data (`fou`), and a label short enough for a
 * button. The chart's own labels are the 2035 wording, too long for a button.
 */
interface CategoryKey {
  readonly code: string;
  readonly word: string;
  readonly short: string;
  readonly fr: string;
  readonly en: string;
}

const KEYS: readonly CategoryKey[] = [
  key('L01_RECETTES', 'recettes', 'hon', 'Honoraires encaissés', 'Fees received'),
  key('L02_DEBOURS', 'debours', 'deb', 'Débours', 'Disbursements'),
  key('L03_RETROCESSIONS', 'retrocessions', 'ret', 'Rétrocessions', 'Fees passed on'),
  key('L05_PRODUITS_FINANCIERS', 'produits_fin', 'pfi', 'Produits financiers', 'Interest'),
  key('L06_GAINS_DIVERS', 'gains', 'gai', 'Gains divers', 'Other gains'),
  key('L08_ACHATS', 'achats', 'ach', 'Achats', 'Purchases'),
  key('L09_SALAIRES', 'salaires', 'sal', 'Salaires', 'Salaries'),
  key(
    'L10_CHARGES_SOCIALES_SALAIRES',
    'charges_sal',
    'csa',
    'Charges sur salaires',
    'Payroll taxes',
  ),
  key('L11_TVA', 'tva', 'tva', 'TVA', 'VAT'),
  key('L12_CET', 'cfe', 'cfe', 'CFE / CVAE', 'CFE / CVAE'),
  key('L13_AUTRES_IMPOTS', 'impots', 'imp', 'Autres impôts', 'Other taxes'),
  key('L14_CSG_DEDUCTIBLE', 'csg', 'csg', 'CSG déductible', 'Deductible CSG'),
  key('L15_LOYERS', 'loyers', 'loy', 'Loyers', 'Rent'),
  key('L16_LOCATION_MATERIEL', 'location', 'loc', 'Location de matériel', 'Equipment lease'),
  key('L17_ENTRETIEN_REPARATIONS', 'entretien', 'ent', 'Entretien, logiciels', 'Maintenance'),
  key('L18_PERSONNEL_INTERIMAIRE', 'interim', 'int', 'Intérim', 'Temporary staff'),
  key('L19_PETIT_OUTILLAGE', 'outillage', 'out', 'Petit outillage', 'Small equipment'),
  key('L20_ENERGIE', 'energie', 'ene', 'Énergie', 'Energy'),
  key('L21_HONORAIRES', 'honoraires', 'hnr', 'Honoraires payés', 'Fees paid'),
  key('L22_ASSURANCES', 'assurances', 'ass', 'Assurances', 'Insurance'),
  key('L23_FRAIS_VEHICULES', 'vehicule', 'veh', 'Véhicule', 'Vehicle'),
  key('L24_DEPLACEMENTS', 'deplacements', 'dep', 'Déplacements', 'Travel'),
  key(
    'L25_CHARGES_SOCIALES_PERSO',
    'cotisations',
    'cot',
    'Cotisations sociales',
    'Social contributions',
  ),
  key('L25_CHARGES_SOCIALES_FACULTATIVES', 'madelin', 'mad', 'Madelin', 'Madelin'),
  key('L26_RECEPTION', 'receptions', 'rec', 'Réceptions, repas', 'Meals, entertainment'),
  key('L27_FOURNITURES_TELECOM', 'fournitures', 'fou', 'Fournitures', 'Office supplies'),
  key('L28_ACTES_CONTENTIEUX', 'actes', 'act', 'Actes, contentieux', 'Legal formalities'),
  key('L29_COTISATIONS_PRO', 'cotisations_pro', 'cpr', 'Cotisations pro', 'Professional dues'),
  key('L30_FRAIS_DIVERS', 'frais_divers', 'fdi', 'Frais divers, banque', 'Bank fees, sundries'),
  key('L31_FRAIS_FINANCIERS', 'frais_fin', 'ffi', 'Frais financiers', 'Loan interest'),
  key('L32_PERTES_DIVERSES', 'pertes', 'per', 'Pertes diverses', 'Losses'),
  key('APPORT_PERSONNEL', 'apport', 'app', 'Apport personnel', "Owner's contribution"),
  key('PRELEVEMENT_PERSONNEL', 'perso', 'prl', 'Perso (prélèvement)', 'Personal (drawing)'),
  key('VIREMENT_INTERNE', 'virement', 'vir', 'Virement interne', 'Internal transfer'),
  key('IMMOBILISATION', 'immobilisation', 'imm', 'Immobilisation', 'Fixed asset'),
  key('EMPRUNT_CAPITAL', 'emprunt', 'emp', 'Capital d’emprunt', 'Loan capital'),
];

// Words people (and older messages) use for the same line: telephone bills go with supplies.
const ALIASES: ReadonlyMap<string, string> = new Map([
  ['telecom', 'L27_FOURNITURES_TELECOM'],
  ['tel', 'L27_FOURNITURES_TELECOM'],
  ['personnel', 'PRELEVEMENT_PERSONNEL'],
  ['prelevement', 'PRELEVEMENT_PERSONNEL'],
]);

const BY_CODE = new Map(KEYS.map((entry) => [entry.code, entry]));
const BY_NAME = new Map(
  KEYS.flatMap((entry) => [
    [entry.word, entry.code],
    [entry.short, entry.code],
  ]),
);

/** The chart code a button's word or short key names, or undefined. */
export function categoryCodeFromKey(value: string): string | undefined {
  const name = value.trim().toLowerCase();
  const code =
    BY_NAME.get(name) ?? ALIASES.get(name) ?? (categoryByCode(value) ? value : undefined);
  return code && categoryByCode(code) ? code : undefined;
}

/** The word for a Slack value; the code itself for a category this table does not know. */
export function categoryWord(code: string): string {
  return BY_CODE.get(code)?.word ?? code;
}

/** Three letters for Telegram callback data. */
export function categoryShortKey(code: string): string {
  return BY_CODE.get(code)?.short ?? code;
}

export function categoryButtonLabel(code: string, locale: Locale): string {
  const entry = BY_CODE.get(code);
  if (entry) return locale === 'en' ? entry.en : entry.fr;
  const category = categoryByCode(code);
  return (locale === 'en' ? category?.labelEn : category?.labelFr) ?? code;
}

/** The full 2035 label, for confirmations. */
export function categoryFullLabel(code: string, locale: Locale): string {
  const category = categoryByCode(code);
  return (locale === 'en' ? category?.labelEn : category?.labelFr) ?? code;
}

// Most spending of a consultant lands on these: offered first, before the whole chart.
const LIKELY_OUT = [
  'L24_DEPLACEMENTS',
  'L26_RECEPTION',
  'L27_FOURNITURES_TELECOM',
  'L17_ENTRETIEN_REPARATIONS',
  'L30_FRAIS_DIVERS',
  'PRELEVEMENT_PERSONNEL',
];
const LIKELY_IN = ['L01_RECETTES', 'APPORT_PERSONNEL', 'VIREMENT_INTERNE', 'L06_GAINS_DIVERS'];

/** Categories a movement of that sign can take, likely ones first, the suggestion excluded. */
export function categoriesFor(amountCents: number, exclude: string | null): BncCategory[] {
  const direction = amountCents < 0 ? 'out' : 'in';
  const likely = direction === 'out' ? LIKELY_OUT : LIKELY_IN;
  const fits = BNC_CHART.filter(
    (category: BncCategory) => category.direction === direction || category.direction === 'both',
  );
  const rank = (code: string) => {
    const index = likely.indexOf(code);
    return index === -1 ? likely.length : index;
  };
  return [...fits]
    .filter((category) => category.code !== exclude)
    .sort((a, b) => rank(a.code) - rank(b.code));
}

export function likelyCount(amountCents: number): number {
  return amountCents < 0 ? LIKELY_OUT.length : LIKELY_IN.length;
}

function key(code: string, word: string, short: string, fr: string, en: string): CategoryKey {
  return { code, word, short, fr, en };
}
