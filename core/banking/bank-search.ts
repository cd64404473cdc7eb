import { foldForMatch } from '../labels/fold-text.ts';
import type { BankSummary } from './aggregator.ts';

/**
 * Banks whose name contains every word searched, accents, case and punctuation ignored:
 * "societe gen" and "SOCIÉTÉ GÉNÉRALE" both find "Société Générale". Sorted by name.
 */
export function searchBanks(banks: readonly BankSummary[], search?: string): BankSummary[] {
  const words = foldForMatch(search ?? '')
    .split(' ')
    .filter(Boolean);
  return banks
    .filter((bank) => {
      const name = foldForMatch(bank.name);
      return words.every((word) => name.includes(word));
    })
    .sort((a, b) => a.name.localeCompare(b.name, 'fr'));
}
