/**
 * The chart Pointage books into: the lines of the 2035-A a bank movement can land on, and the
 * movements that stay out of the books. Labels follow reference/bnc.md §3.4 (current numbering;
 * check against the year's notice). Lines 4 and 7 are totals, never a category.
 */

export type CategoryKind = 'recette' | 'depense' | 'hors_books';

/** The direction money usually moves; a refund moves the other way on the same line. */
export type CategoryDirection = 'in' | 'out' | 'both';

export interface BncCategory {
  readonly code: string;
  /** 2035-A line, or null for what stays out of the books. */
  readonly line2035: number | null;
  readonly labelFr: string;
  readonly labelEn: string;
  /**
   * Lines 2 and 3 are of kind `recette` with direction `out`: they are deducted from line 1
   * (line 4 = 1 − 2 − 3).
   */
  readonly kind: CategoryKind;
  readonly direction: CategoryDirection;
}

export const BNC_CHART = [
  rec('L01_RECETTES', 1, 'Recettes encaissées', 'Fees received', 'in'),
  rec('L02_DEBOURS', 2, 'Débours', 'Disbursements re-billed at cost', 'out'),
  rec('L03_RETROCESSIONS', 3, 'Honoraires rétrocédés', 'Fees passed on to a colleague', 'out'),
  rec('L05_PRODUITS_FINANCIERS', 5, 'Produits financiers', 'Interest received', 'in'),
  rec('L06_GAINS_DIVERS', 6, 'Gains divers', 'Other gains', 'in'),

  dep('L08_ACHATS', 8, 'Achats', 'Purchases'),
  dep('L09_SALAIRES', 9, 'Salaires nets', 'Net salaries'),
  dep('L10_CHARGES_SOCIALES_SALAIRES', 10, 'Charges sociales sur salaires', 'Payroll taxes'),
  dep('L11_TVA', 11, 'TVA', 'VAT paid to the Treasury'),
  dep('L12_CET', 12, 'CET (CFE/CVAE)', 'Local business tax (CFE/CVAE)'),
  dep('L13_AUTRES_IMPOTS', 13, 'Autres impôts', 'Other taxes'),
  dep('L14_CSG_DEDUCTIBLE', 14, 'CSG déductible', 'Deductible CSG'),
  dep('L15_LOYERS', 15, 'Loyers et charges locatives', 'Rent and service charges'),
  dep('L16_LOCATION_MATERIEL', 16, 'Location de matériel et de mobilier', 'Equipment leases'),
  dep('L17_ENTRETIEN_REPARATIONS', 17, 'Entretien et réparations', 'Maintenance and software'),
  dep('L18_PERSONNEL_INTERIMAIRE', 18, 'Personnel intérimaire', 'Temporary staff'),
  dep('L19_PETIT_OUTILLAGE', 19, 'Petit outillage', 'Small equipment'),
  dep('L20_ENERGIE', 20, 'Chauffage, eau, gaz, électricité', 'Heating, water, gas, electricity'),
  dep(
    'L21_HONORAIRES',
    21,
    'Honoraires ne constituant pas des rétrocessions',
    'Fees paid (accountant, lawyer, AGA)',
  ),
  dep('L22_ASSURANCES', 22, "Primes d'assurance", 'Insurance premiums'),
  dep('L23_FRAIS_VEHICULES', 23, 'Frais de véhicules', 'Vehicle costs'),
  dep('L24_DEPLACEMENTS', 24, 'Autres frais de déplacement', 'Travel (train, hotel, taxi)'),
  dep(
    'L25_CHARGES_SOCIALES_PERSO',
    25,
    'Charges sociales personnelles (obligatoires)',
    "Owner's mandatory social contributions",
  ),
  // Optional (Madelin) contributions sit on line 25 too, but their deduction is capped: kept
  // apart so the year-end check can apply the ceiling.
  dep(
    'L25_CHARGES_SOCIALES_FACULTATIVES',
    25,
    'Charges sociales personnelles facultatives (Madelin)',
    "Owner's optional (Madelin) contributions",
  ),
  dep(
    'L26_RECEPTION',
    26,
    'Frais de réception, de représentation et de congrès',
    'Business meals, entertainment, conferences',
  ),
  dep(
    'L27_FOURNITURES_TELECOM',
    27,
    'Fournitures de bureau, documentation, correspondance, téléphone',
    'Office supplies, books, postage, phone and internet',
  ),
  dep('L28_ACTES_CONTENTIEUX', 28, "Frais d'actes et de contentieux", 'Legal formalities'),
  dep(
    'L29_COTISATIONS_PRO',
    29,
    'Cotisations syndicales et professionnelles',
    'Professional body and union dues',
  ),
  dep('L30_FRAIS_DIVERS', 30, 'Autres frais divers de gestion', 'Bank fees and sundries'),
  dep('L31_FRAIS_FINANCIERS', 31, 'Frais financiers', 'Loan and overdraft interest'),
  dep('L32_PERTES_DIVERSES', 32, 'Pertes diverses', 'Losses'),

  out('APPORT_PERSONNEL', 'Apport personnel', "Owner's contribution", 'in'),
  out('PRELEVEMENT_PERSONNEL', 'Prélèvement personnel', "Owner's withdrawal", 'out'),
  out('VIREMENT_INTERNE', 'Virement interne', 'Transfer between own pro accounts', 'both'),
  out('IMMOBILISATION', 'Immobilisation', 'Fixed asset (depreciated, not expensed)', 'out'),
  out('EMPRUNT_CAPITAL', "Capital d'emprunt", 'Loan capital received or repaid', 'both'),
] as const satisfies readonly BncCategory[];

export type CategoryCode = (typeof BNC_CHART)[number]['code'];

const BY_CODE: ReadonlyMap<string, BncCategory> = new Map(
  BNC_CHART.map((category) => [category.code, category]),
);

/** The category for a code, or undefined for a code the chart does not hold. */
export function categoryByCode(code: string): BncCategory | undefined {
  return BY_CODE.get(code);
}

export function isCategoryCode(code: string): code is CategoryCode {
  return BY_CODE.has(code);
}

function rec<C extends string>(
  code: C,
  line: number,
  labelFr: string,
  labelEn: string,
  direction: CategoryDirection,
) {
  return { code, line2035: line, labelFr, labelEn, kind: 'recette', direction } as const;
}

function dep<C extends string>(code: C, line: number, labelFr: string, labelEn: string) {
  return { code, line2035: line, labelFr, labelEn, kind: 'depense', direction: 'out' } as const;
}

function out<C extends string>(
  code: C,
  labelFr: string,
  labelEn: string,
  direction: CategoryDirection,
) {
  return { code, line2035: null, labelFr, labelEn, kind: 'hors_books', direction } as const;
}
