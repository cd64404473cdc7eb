import type { CsvPreset } from '../csv-preset.ts';
import { bnpCurrent, bnpOld } from './bnp.ts';
import { boursoBank } from './boursobank.ts';
import { caisseEpargneBpce } from './caisse-epargne-bpce.ts';
import { creditAgricole } from './credit-agricole.ts';
import { creditMutuel, creditMutuelSigned } from './credit-mutuel.ts';
import { fortuneo } from './fortuneo.ts';
import { genericDebitCredit, genericSigned } from './generic.ts';
import { laBanquePostale } from './la-banque-postale.ts';
import { qontoEnglish, qontoFrench } from './qonto.ts';
import { revolut } from './revolut.ts';
import { shine } from './shine.ts';
import { societeGenerale } from './societe-generale.ts';

/** Every layout the CSV reader knows; the header decides, so the order matters only for ties. */
export const CSV_PRESETS: readonly CsvPreset[] = [
  societeGenerale,
  bnpCurrent,
  bnpOld,
  creditAgricole,
  caisseEpargneBpce,
  creditMutuel,
  creditMutuelSigned,
  laBanquePostale,
  boursoBank,
  fortuneo,
  qontoEnglish,
  qontoFrench,
  shine,
  revolut,
  genericSigned,
  genericDebitCredit,
];
