import { counterpartyTokens } from '../labels/counterparty-key.ts';

/** IBANs compare without spaces and case ("FR76 3000 …" = "FR763000…"). */
export function normaliseIban(iban: string): string {
  return iban.replace(/\s+/g, '').toUpperCase();
}

export function isIbanIn(iban: string | null, ibans: readonly string[] | undefined): boolean {
  if (iban === null || iban.trim() === '' || ibans === undefined) return false;
  const wanted = normaliseIban(iban);
  return ibans.some((candidate) => normaliseIban(candidate) === wanted);
}

/**
 * Whether a counterparty name is the owner's: every word of one of the owner's names appears,
 * in any order, with a civility ignored ("M FAUCONNET MAELLE" is "MAELLE FAUCONNET"). Extra
 * words are allowed because some banks run the motif into the name ("… MAELLE APPORT").
 */
export function isOwnName(name: string | null, ownNames: readonly string[]): boolean {
  if (name === null) return false;
  const words = new Set(counterpartyTokens(name));
  return ownNames.some((ownName) => {
    const ownWords = counterpartyTokens(ownName);
    return ownWords.length >= 2 && ownWords.every((word) => words.has(word));
  });
}
