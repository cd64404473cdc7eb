import { foldLine } from './text-lines.ts';
import type { OwnerHints } from './text-parties.ts';
import type { DocumentKind, ReceiptFields, VatLine } from '../receipt-types.ts';
import { err, ok, type Result } from '../../result/result.ts';
import {
  all,
  attributeOf,
  centsOf,
  dateOf,
  first,
  parseXml,
  textOf,
  type XmlValue,
} from './facturx-xml.ts';

/** File names under which Factur-X, ZUGFeRD 2 and XRechnung embed their XML. */
export const E_INVOICE_NAMES = [
  'factur-x.xml',
  'zugferd-invoice.xml',
  'xrechnung.xml',
  'order-x.xml',
];

// ZUGFeRD 1 (CrossIndustryDocument) names the same blocks differently from CII D16B.
const NAMES = {
  root: ['CrossIndustryInvoice', 'CrossIndustryDocument'],
  context: ['ExchangedDocumentContext', 'SpecifiedExchangedDocumentContext'],
  document: ['ExchangedDocument', 'HeaderExchangedDocument'],
  transaction: ['SupplyChainTradeTransaction', 'SpecifiedSupplyChainTradeTransaction'],
  agreement: ['ApplicableHeaderTradeAgreement', 'ApplicableSupplyChainTradeAgreement'],
  settlement: ['ApplicableHeaderTradeSettlement', 'ApplicableSupplyChainTradeSettlement'],
  summation: [
    'SpecifiedTradeSettlementHeaderMonetarySummation',
    'SpecifiedTradeSettlementMonetarySummation',
  ],
} as const;

const pick = (node: XmlValue | undefined, names: readonly string[]) =>
  names.map((name) => first(node, name)).find((value) => value !== undefined);

/**
 * The e-invoice's own data, read exactly: when a PDF carries it, it is the truth and the page
 * text is not consulted. Credit notes (type 381) carry positive amounts in CII; they are made
 * negative here like every credit note in Pointage.
 */
export function readFacturX(bytes: Uint8Array, owner: OwnerHints): Result<ReceiptFields, string> {
  const parsed = parseXml(bytes);
  if (!parsed.ok) return parsed;
  const root = pick(parsed.value, NAMES.root);
  if (!root) return err('not a Cross Industry Invoice (no CrossIndustryInvoice root)');

  const document = pick(root, NAMES.document);
  const transaction = pick(root, NAMES.transaction);
  const agreement = pick(transaction, NAMES.agreement);
  const settlement = pick(transaction, NAMES.settlement);
  const sums = pick(settlement, NAMES.summation);
  const seller = first(agreement, 'SellerTradeParty');
  const buyer = first(agreement, 'BuyerTradeParty');

  const typeCode = textOf(first(document, 'TypeCode'));
  const isCredit = typeCode === '381' || typeCode === '261';
  const signed = (cents: number | null) => (cents === null || !isCredit ? cents : -Math.abs(cents));
  const sellerName = textOf(first(seller, 'Name'));
  const sellerVat = taxId(seller);
  const payeeIban = textOf(
    first(
      settlement,
      'SpecifiedTradeSettlementPaymentMeans',
      'PayeePartyCreditorFinancialAccount',
      'IBANID',
    ),
  );
  const issuedByOwner =
    (sellerName !== null && owner.names.some((name) => sameName(name, sellerName))) ||
    (sellerVat !== null && owner.vatNumbers.includes(sellerVat)) ||
    (payeeIban !== null && owner.ibans.includes(payeeIban.replace(/\s/g, '')));
  const kind: DocumentKind = issuedByOwner
    ? isCredit
      ? 'sales_credit_note'
      : 'sales_invoice'
    : isCredit
      ? 'credit_note'
      : 'invoice';

  const payment = first(settlement, 'SpecifiedTradeSettlementPaymentMeans');
  const terms = first(settlement, 'SpecifiedTradePaymentTerms');
  const totalVat = all(sums, 'TaxTotalAmount').find((value) => {
    const currency = attributeOf(value, 'currencyID');
    return currency === null || currency === textOf(first(settlement, 'InvoiceCurrencyCode'));
  });
  const wording = [
    textOf(first(settlement, 'PaymentReference')),
    ...all(terms, 'Description').map((value) => textOf(value)),
  ].filter((text): text is string => text !== null);

  return ok({
    kind,
    source: 'facturx',
    facturxProfile: profileOf(
      textOf(first(pick(root, NAMES.context), 'GuidelineSpecifiedDocumentContextParameter', 'ID')),
    ),
    vendor: sellerName,
    vendorNames: [
      sellerName,
      textOf(first(seller, 'SpecifiedLegalOrganization', 'TradingBusinessName')),
    ].filter((name): name is string => name !== null),
    vendorVat: sellerVat,
    vendorSiren: legalId(seller),
    customer: issuedByOwner ? textOf(first(buyer, 'Name')) : null,
    number: textOf(first(document, 'ID')),
    issueDate: dateOf(first(document, 'IssueDateTime')),
    dueDate: dateOf(first(terms, 'DueDateDateTime')),
    currency: textOf(first(settlement, 'InvoiceCurrencyCode')),
    totalCents: signed(centsOf(first(sums, 'GrandTotalAmount'))),
    netCents: signed(centsOf(first(sums, 'TaxBasisTotalAmount'))),
    vatCents: signed(centsOf(totalVat)),
    vat: all(settlement, 'ApplicableTradeTax').map((tax): VatLine => ({
      rate: rateOf(
        textOf(first(tax, 'RateApplicablePercent')) ?? textOf(first(tax, 'ApplicablePercent')),
      ),
      baseCents: signed(centsOf(first(tax, 'BasisAmount'))),
      amountCents: signed(centsOf(first(tax, 'CalculatedAmount'))) ?? 0,
    })),
    prepaidCents: centsOf(first(sums, 'TotalPrepaidAmount')),
    amountDueCents: centsOf(first(sums, 'DuePayableAmount')),
    references: {
      creditorId: textOf(first(settlement, 'CreditorReferenceID')),
      mandateId: textOf(first(terms, 'DirectDebitMandateID')),
      accountIban:
        textOf(first(payment, 'PayerPartyDebtorFinancialAccount', 'IBANID'))?.replace(/\s/g, '') ??
        null,
      paidWithSuffix:
        textOf(first(payment, 'ApplicableTradeSettlementFinancialCard', 'ID'))?.slice(-4) ?? null,
      wording,
    },
  });
}

function taxId(party: XmlValue | undefined): string | null {
  const registration = all(party, 'SpecifiedTaxRegistration', 'ID').find(
    (id) => attributeOf(id, 'schemeID') === 'VA',
  );
  return textOf(registration)?.replace(/\s/g, '').toUpperCase() ?? null;
}

function legalId(party: XmlValue | undefined): string | null {
  const id = first(party, 'SpecifiedLegalOrganization', 'ID');
  if (attributeOf(id, 'schemeID') === '0002') return textOf(id);
  const vat = taxId(party);
  return vat?.startsWith('FR') ? vat.slice(4) : null;
}

function rateOf(text: string | null): string | null {
  return text === null ? null : String(Number(text));
}

function sameName(a: string, b: string): boolean {
  const words = (text: string) =>
    foldLine(text)
      .split(/\W+/)
      .filter((word) => word.length > 1 && word !== 'ei');
  const left = words(a);
  const right = new Set(words(b));
  return left.length > 0 && left.every((word) => right.has(word));
}

/** The Factur-X profile from the guideline id (XMP carries the same in fx:ConformanceLevel). */
export function profileOf(guideline: string | null): string | null {
  if (!guideline) return null;
  const id = guideline.toLowerCase();
  if (id.includes('extended')) return 'EXTENDED';
  if (id.includes('basicwl')) return 'BASIC WL';
  if (id.includes('basic')) return 'BASIC';
  if (id.includes('minimum')) return 'MINIMUM';
  if (id.includes('xrechnung')) return 'XRECHNUNG';
  if (id.includes('en16931')) return 'EN 16931';
  if (id.includes('ferd')) return 'ZUGFeRD 1';
  return guideline;
}
