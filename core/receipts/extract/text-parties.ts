import { toDisplayName } from '../../labels/display-name.ts';
import { foldLine, type TextLine } from './text-lines.ts';

export interface Parties {
  /** Display name of the issuer, legal form kept when the document gives one. */
  readonly vendor: string | null;
  /** Every name the issuer goes by on the document (brand header, legal name), for matching. */
  readonly vendorNames: readonly string[];
  readonly vendorVat: string | null;
  readonly vendorSiren: string | null;
  readonly customer: string | null;
  /** The freelancer issued the document (her name heads it, her VAT number is the seller's). */
  readonly issuedByOwner: boolean;
}

export interface OwnerHints {
  readonly names: readonly string[];
  readonly vatNumbers: readonly string[];
  readonly ibans: readonly string[];
}

const LEGAL_FORM =
  /\b(SAS|SASU|SARL|EURL|SA|SCI|SCP|SELARL|SELAS|SNC|GmbH|AG|Ltd|LLC|Inc\.?|PLC|B\.?V\.?|S\.?A\.?S\.?)(?=$|[\s,.)—–-])/;
const CUSTOMER_MARKER =
  /^(client|cliente|customer|facture a|factur[ée] a|bill to|billed to|destinataire|acheteur|adresse de facturation)\b/;
const DOCUMENT_WORDS =
  /\b(facture|invoice|avoir|receipt|recu|note d'honoraires|justificatif.*$|releve.*$)\b/gi;
const VAT_NUMBER =
  /\b(FR|DE|BE|LU|IT|ES|NL|AT|PT|IE|CH)\s?([0-9A-Z]{2})\s?(\d{3})\s?(\d{3})\s?(\d{3})\b/g;
const BLOCK_LINES = 8;

/** Who issued the document and for whom, from the page text. */
export function findParties(lines: readonly TextLine[], owner: OwnerHints): Parties {
  const ownerLine = (line: TextLine) => owner.names.some((name) => containsName(line.folded, name));
  const headerOwned = lines.slice(0, 3).some(ownerLine);
  const customerLines = customerBlock(lines, headerOwned ? null : ownerLine);
  const issuedByOwner =
    headerOwned ||
    ownerVatIsSeller(lines, owner, customerLines) ||
    owner.ibans.some((iban) => ibanPrintedForPayment(lines, iban));

  const vatNumbers = lines.flatMap((line) => vatNumbersIn(line.text).map((vat) => ({ vat, line })));
  const outsideCustomer = vatNumbers.filter(({ line }) => !customerLines.has(line.index));
  const ownerVat = (vat: string) => owner.vatNumbers.includes(vat);
  const vendorVat = issuedByOwner
    ? (outsideCustomer[0]?.vat ?? null)
    : (outsideCustomer.find(({ vat }) => !ownerVat(vat))?.vat ?? null);

  const names = issuedByOwner ? [] : vendorNamesOf(lines, customerLines, owner);
  const customer = issuedByOwner ? firstCustomerLine(lines, customerLines) : null;
  return {
    vendor: issuedByOwner ? (owner.names[0] ?? null) : (names[0] ?? null),
    vendorNames: names,
    vendorVat,
    vendorSiren: vendorVat?.startsWith('FR') ? vendorVat.slice(4) : sirenOf(lines, customerLines),
    customer,
    issuedByOwner,
  };
}

export function vatNumbersIn(text: string): string[] {
  return [...text.toUpperCase().matchAll(VAT_NUMBER)].map((match) => match.slice(1).join(''));
}

function containsName(folded: string, name: string): boolean {
  const wanted = foldLine(name)
    .split(/\s+/)
    .filter((word) => word.length > 1);
  return (
    wanted.length > 0 && wanted.every((word) => new RegExp(`\\b${escape(word)}\\b`).test(folded))
  );
}

// The customer's block: the lines after "Client" / "Bill to", or those from the owner's name on.
function customerBlock(
  lines: readonly TextLine[],
  ownerLine: ((line: TextLine) => boolean) | null,
): Set<number> {
  const block = new Set<number>();
  for (const [at, line] of lines.entries()) {
    const opens = CUSTOMER_MARKER.test(line.folded) || (ownerLine?.(line) ?? false);
    if (!opens) continue;
    for (let row = at; row < Math.min(lines.length, at + BLOCK_LINES); row += 1) block.add(row);
  }
  return block;
}

function ownerVatIsSeller(
  lines: readonly TextLine[],
  owner: OwnerHints,
  customerLines: ReadonlySet<number>,
): boolean {
  return lines
    .slice(0, 10)
    .some(
      (line) =>
        !customerLines.has(line.index) &&
        vatNumbersIn(line.text).some((vat) => owner.vatNumbers.includes(vat)),
    );
}

// The freelancer's own IBAN printed with "IBAN" (to be paid), not masked as a debited account.
function ibanPrintedForPayment(lines: readonly TextLine[], iban: string): boolean {
  const compact = iban.replace(/\s/g, '').toUpperCase();
  return lines.some(
    (line) =>
      /\biban\b/.test(line.folded) &&
      !/debit|preleve/.test(line.folded) &&
      line.text.replace(/\s/g, '').toUpperCase().includes(compact),
  );
}

function vendorNamesOf(
  lines: readonly TextLine[],
  customerLines: ReadonlySet<number>,
  owner: OwnerHints,
): string[] {
  const isOwner = (text: string) => owner.names.some((name) => containsName(foldLine(text), name));
  const legal = lines
    .filter((line) => !customerLines.has(line.index))
    .flatMap((line) => legalNamesIn(line.text))
    .filter((name) => !isOwner(name));
  const header = headerBrand(lines, customerLines);
  const brandWords = new Set(
    foldLine(header ?? '')
      .split(/\W+/)
      .filter((word) => word.length > 3),
  );
  const related = legal.find((name) =>
    foldLine(name)
      .split(/\W+/)
      .some((word) => brandWords.has(word)),
  );
  const brand = header === null ? null : toDisplayName(header);
  const ordered = [related ?? legal[0], brand, ...legal].filter((name): name is string => !!name);
  return [...new Set(ordered)];
}

// "SAS Atelier Traboule au capital…", "Nuagerie SAS au capital…", "Pixelforge, Inc.".
function legalNamesIn(text: string): string[] {
  return text
    .split(/\s[—–-]\s|\s·\s/)
    .map((part) => part.replace(/\s+(au capital|capital|RCS|SIRE[NT]|immatricul).*$/i, '').trim())
    .filter((part) => LEGAL_FORM.test(part) && part.length <= 60 && !/\d{3}/.test(part))
    .map((part) => part.replace(/^(siege social|societe)\s*:?\s*/i, ''));
}

// The first lines, before an address, a contact line or the document title.
function headerBrand(
  lines: readonly TextLine[],
  customerLines: ReadonlySet<number>,
): string | null {
  const words: string[] = [];
  for (const line of lines.slice(0, 3)) {
    if (customerLines.has(line.index) || /\d|@|www\.|\btel\b|^(date|n°|numero)/.test(line.folded))
      break;
    const cleaned = line.text.replace(DOCUMENT_WORDS, '').replace(/\s+/g, ' ').trim();
    if (cleaned === '') {
      if (words.length > 0) break;
      continue;
    }
    words.push(cleaned);
    if (words.length === 2 || cleaned.split(' ').length >= 2) break;
  }
  return words.length > 0 ? words.join(' ') : null;
}

function firstCustomerLine(
  lines: readonly TextLine[],
  customerLines: ReadonlySet<number>,
): string | null {
  for (const line of lines) {
    if (!customerLines.has(line.index) || CUSTOMER_MARKER.test(line.folded)) continue;
    return line.text;
  }
  return null;
}

function sirenOf(lines: readonly TextLine[], customerLines: ReadonlySet<number>): string | null {
  for (const line of lines) {
    if (customerLines.has(line.index)) continue;
    const match = /\b(?:siren|siret|rcs [a-z' -]+?)\s*:?\s*(\d{3}) ?(\d{3}) ?(\d{3})/.exec(
      line.folded,
    );
    if (match) return `${match[1]}${match[2]}${match[3]}`;
  }
  return null;
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
