import { counterpartyTokens } from '../../labels/counterparty-key.ts';

// Words that say nothing about who the counterparty is.
const NOISE = new Set([
  'de',
  'du',
  'des',
  'la',
  'le',
  'les',
  'et',
  'en',
  'au',
  'aux',
  'the',
  'of',
  'and',
  'a',
  'prlv',
  'sepa',
  'vir',
  'virement',
  'recu',
  'emis',
  'inst',
  'carte',
  'cb',
  'motif',
  'ref',
  'ics',
  'rum',
  'mdt',
  'id',
  'facture',
  'fact',
  'invoice',
  'paiement',
  'payment',
]);

/** Identifying words of a name or a bank label: folded, legal forms and noise dropped. */
export function nameTokens(text: string): string[] {
  return counterpartyTokens(text).filter(
    (token) => token.length >= 2 && !NOISE.has(token) && !/^\d+$/.test(token),
  );
}

/**
 * How much of a party's name the bank label carries, 0 to 1, weighted by word length. Banks
 * cut labels (32 characters): a label word of 3+ letters that starts a name word counts
 * ("COWOR" for "coworking", "LYO" for "Lyon", "EXPER" for "expertise").
 */
export function nameSimilarity(names: readonly string[], label: string): number {
  const labelTokens = nameTokens(label);
  let best = 0;
  for (const name of names) {
    const tokens = nameTokens(name);
    const total = tokens.reduce((sum, token) => sum + token.length, 0);
    if (total === 0) continue;
    const found = tokens
      .filter((token) => labelTokens.some((word) => sameWord(word, token)))
      .reduce((sum, token) => sum + token.length, 0);
    best = Math.max(best, found / total);
  }
  return best;
}

function sameWord(labelWord: string, nameWord: string): boolean {
  if (labelWord === nameWord) return true;
  if (labelWord.length >= 3 && nameWord.startsWith(labelWord)) return true;
  return nameWord.length >= 4 && labelWord.startsWith(nameWord);
}
