import { XMLValidator } from 'fast-xml-parser';

import type { StatementError } from '../statement-types.ts';
import { lineLocator } from './line-locator.ts';

// A bank statement never needs a DTD. Refusing any declaration closes both external entities
// (XXE: reading local files or calling hosts) and entity expansion bombs ("billion laughs").
const DECLARATION = /<!(DOCTYPE|ENTITY|ELEMENT|ATTLIST|NOTATION)\b/i;

/** Rejects DTDs and entity declarations, then malformed XML, naming the line. */
export function checkXml(text: string): StatementError | null {
  const declaration = DECLARATION.exec(text);
  if (declaration) {
    const line = lineLocator(text)(declaration.index);
    return {
      code: 'MALFORMED',
      line,
      message:
        `<!${declaration[1] ?? ''}> declaration: camt files must not carry a DTD ` +
        'or entity declarations (refused to protect against external entities and entity bombs); ' +
        'ask the bank for a plain ISO 20022 export',
    };
  }

  // XMLValidator is deprecated upstream in favour of the separate fast-xml-validator package,
  // which is not a dependency; the parser alone accepts unbalanced tags silently.
  const verdict = XMLValidator.validate(text);
  if (verdict === true) return null;
  return {
    code: 'MALFORMED',
    line: verdict.err.line,
    message: `the XML is not well-formed: ${verdict.err.msg}`,
  };
}
