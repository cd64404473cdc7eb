// Words kept lower case inside a French name ("Editions du Grand Tilleul").
const PARTICLES = new Set(['de', 'du', 'des', 'la', 'le', 'les', 'et', 'en', 'sur', 'au', 'aux']);
const LEGAL_FORMS = new Set(['SA', 'SAS', 'SASU', 'SARL', 'EURL', 'SCI', 'SCP', 'SELARL', 'GMBH']);

/**
 * Turns a bank's upper-case name into a readable one (B07, B08: "SHOP NAME" → "Shop Name").
 * Names already in mixed case are the sender's own spelling and are kept. Acronyms written
 * without vowels (SNCF, TCL) and legal forms stay upper case.
 */
export function toDisplayName(name: string): string {
  if (/\p{Ll}/u.test(name)) return name;
  return name
    .split(' ')
    .filter((word) => word !== '')
    .map((word, index) => displayWord(word, index === 0))
    .join(' ');
}

function displayWord(word: string, isFirst: boolean): string {
  if (LEGAL_FORMS.has(word) || /\d/.test(word)) return word;
  if (/^\p{Lu}{2,5}$/u.test(word) && !/[AEIOUY]/.test(word)) return word;

  const lower = word.toLowerCase();
  if (!isFirst && PARTICLES.has(lower)) return lower;

  // Capitalise each piece after a hyphen or an apostrophe: "Rhone-Alpes", "d'Orthoptie".
  const capitalised = lower.replace(
    /(^[^\p{L}]*|['’-])(\p{L})/gu,
    (_m, mark: string, letter: string) => {
      return `${mark}${letter.toUpperCase()}`;
    },
  );
  const elision = /^([DL])(['’])/.exec(capitalised);
  return elision && !isFirst
    ? capitalised.charAt(0).toLowerCase() + capitalised.slice(1)
    : capitalised;
}
