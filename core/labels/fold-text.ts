/**
 * Text folding shared by label cleaning, counterparty keys and rule matching. Banks write the
 * same name as "SOCIÉTÉ", "SOCIETE" or "Société"; rules and keys must not care which.
 */

// Latin letters with diacritics, each one UTF-16 unit: folding them one by one keeps string
// positions, so a match found on the folded text can be cut out of the original.
const LATIN_WITH_MARKS = /[\u00c0-\u024f]/g;

/** Removes accents letter by letter; the result has the same length as the input. */
export function foldAccents(text: string): string {
  return text.replace(LATIN_WITH_MARKS, (letter) => letter.normalize('NFD').charAt(0));
}

/** Collapses runs of whitespace (NBSP included) to one space and trims. */
export function collapseSpaces(text: string): string {
  return text.replace(/[\s\u00a0\u202f]+/g, ' ').trim();
}

/** Upper-case ASCII words for rule patterns: accents folded, punctuation to spaces. */
export function foldForMatch(text: string): string {
  return collapseSpaces(
    foldAccents(text)
      .toUpperCase()
      .replace(/[^A-Z0-9]+/g, ' '),
  );
}
