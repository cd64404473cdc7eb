import { foldForMatch } from './fold-text.ts';

// Legal forms say nothing about who the counterparty is: "ORANGE SA" and "Orange" are one.
const LEGAL_FORMS = new Set([
  'sa',
  'sas',
  'sasu',
  'sarl',
  'eurl',
  'sci',
  'scp',
  'scm',
  'snc',
  'sca',
  'selarl',
  'selas',
  'selafa',
  'selurl',
  'ei',
  'eirl',
  'gie',
  'gmbh',
  'ag',
  'ltd',
  'limited',
  'llc',
  'inc',
  'plc',
  'bv',
  'srl',
  'sl',
  'spa',
]);

// A leading civility is how some banks write a person ("M FAUCONNET MAELLE").
const CIVILITIES = new Set(['m', 'mr', 'mme', 'mlle', 'monsieur', 'madame', 'mademoiselle']);

/** The words of a counterparty that identify it, in order, lower-case and accent-free. */
export function counterpartyTokens(name: string): string[] {
  const tokens = foldForMatch(name)
    .toLowerCase()
    .split(' ')
    .filter((token) => token !== '' && !LEGAL_FORMS.has(token));
  while (tokens.length > 1 && CIVILITIES.has(tokens[0] ?? '')) tokens.shift();
  return tokens;
}

/**
 * The key a confirmation is learned under: lower case, no accents, no punctuation, single
 * spaces, legal forms and a leading civility dropped. "Orange SA" → "orange".
 */
export function counterpartyKey(name: string): string {
  return counterpartyTokens(name).join(' ');
}
