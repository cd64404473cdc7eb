import { foldForMatch } from '../labels/fold-text.ts';
import type { CategoryCode } from './bnc-chart.ts';
import type { Direction } from './categorisation-types.ts';

/**
 * The bank's own category (Shine, BPCE, BNP exports) as a weak suggestion: banks categorise
 * for households, so the freelancer is always asked (confidence under the default threshold).
 */
const BANK_CATEGORIES: readonly {
  readonly pattern: RegExp;
  readonly direction?: Direction;
  readonly categoryCode: CategoryCode;
}[] = [
  {
    pattern: /\bCHIFFRE D AFFAIRES\b|\bHONORAIRES\b|\bREVENUS\b/,
    direction: 'in',
    categoryCode: 'L01_RECETTES',
  },
  {
    pattern: /\bLOGICIELS?\b|\bABONNEMENTS? NUMERIQUES?\b/,
    categoryCode: 'L17_ENTRETIEN_REPARATIONS',
  },
  { pattern: /\bTELECOMS?\b|\bTELEPHONE\b|\bINTERNET\b/, categoryCode: 'L27_FOURNITURES_TELECOM' },
  { pattern: /\bFRAIS BANCAIRES\b/, categoryCode: 'L30_FRAIS_DIVERS' },
  { pattern: /\bRESTAURANTS?\b|\bCAFES?\b/, categoryCode: 'L26_RECEPTION' },
  { pattern: /\bTRANSPORTS?\b|\bVOYAGES?\b|\bTRAIN\b/, categoryCode: 'L24_DEPLACEMENTS' },
  { pattern: /\bASSURANCES?\b/, categoryCode: 'L22_ASSURANCES' },
  { pattern: /\bLOYERS?\b/, categoryCode: 'L15_LOYERS' },
  {
    pattern: /\bCOURSES\b|\bALIMENTATION\b|\bSUPERMARCHE\b/,
    direction: 'out',
    categoryCode: 'PRELEVEMENT_PERSONNEL',
  },
];

export const BANK_CATEGORY_CONFIDENCE = 50;

/** The chart code a bank category suggests, or null; empty and missing categories alike (B26). */
export function codeFromBankCategory(
  bankCategory: string | undefined,
  direction: Direction,
): CategoryCode | null {
  const folded = foldForMatch(bankCategory ?? '');
  if (folded === '') return null;
  const hit = BANK_CATEGORIES.find(
    (entry) =>
      (entry.direction === undefined || entry.direction === direction) &&
      entry.pattern.test(folded),
  );
  return hit?.categoryCode ?? null;
}
