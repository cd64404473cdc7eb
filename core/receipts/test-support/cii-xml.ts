/** A small Cross Industry Invoice (Factur-X / ZUGFeRD 2) for tests: the fields Pointage reads. */
export interface CiiInvoice {
  readonly number: string;
  readonly typeCode?: '380' | '381';
  readonly issueDate: string;
  readonly seller: string;
  readonly sellerVat: string;
  readonly buyer: string;
  readonly currency?: string;
  readonly net: string;
  readonly vat: string;
  readonly total: string;
  readonly rate: string;
  readonly profile?: string;
}

export function ciiXml(invoice: CiiInvoice): Uint8Array {
  const date = invoice.issueDate.replace(/-/g, '');
  const xml = `<?xml version="1.0" encoding="UTF-8"?>
<rsm:CrossIndustryInvoice xmlns:rsm="urn:un:unece:uncefact:data:standard:CrossIndustryInvoice:100" xmlns:ram="urn:un:unece:uncefact:data:standard:ReusableAggregateBusinessInformationEntity:100" xmlns:udt="urn:un:unece:uncefact:data:standard:UnqualifiedDataType:100">
  <rsm:ExchangedDocumentContext><ram:GuidelineSpecifiedDocumentContextParameter><ram:ID>${invoice.profile ?? 'urn:cen.eu:en16931:2017'}</ram:ID></ram:GuidelineSpecifiedDocumentContextParameter></rsm:ExchangedDocumentContext>
  <rsm:ExchangedDocument><ram:ID>${invoice.number}</ram:ID><ram:TypeCode>${invoice.typeCode ?? '380'}</ram:TypeCode><ram:IssueDateTime><udt:DateTimeString format="102">${date}</udt:DateTimeString></ram:IssueDateTime></rsm:ExchangedDocument>
  <rsm:SupplyChainTradeTransaction>
    <ram:ApplicableHeaderTradeAgreement>
      <ram:SellerTradeParty><ram:Name>${invoice.seller}</ram:Name><ram:SpecifiedTaxRegistration><ram:ID schemeID="VA">${invoice.sellerVat}</ram:ID></ram:SpecifiedTaxRegistration></ram:SellerTradeParty>
      <ram:BuyerTradeParty><ram:Name>${invoice.buyer}</ram:Name></ram:BuyerTradeParty>
    </ram:ApplicableHeaderTradeAgreement>
    <ram:ApplicableHeaderTradeSettlement>
      <ram:InvoiceCurrencyCode>${invoice.currency ?? 'EUR'}</ram:InvoiceCurrencyCode>
      <ram:ApplicableTradeTax><ram:CalculatedAmount>${invoice.vat}</ram:CalculatedAmount><ram:TypeCode>VAT</ram:TypeCode><ram:BasisAmount>${invoice.net}</ram:BasisAmount><ram:CategoryCode>S</ram:CategoryCode><ram:RateApplicablePercent>${invoice.rate}</ram:RateApplicablePercent></ram:ApplicableTradeTax>
      <ram:SpecifiedTradeSettlementHeaderMonetarySummation>
        <ram:LineTotalAmount>${invoice.net}</ram:LineTotalAmount><ram:TaxBasisTotalAmount>${invoice.net}</ram:TaxBasisTotalAmount>
        <ram:TaxTotalAmount currencyID="${invoice.currency ?? 'EUR'}">${invoice.vat}</ram:TaxTotalAmount>
        <ram:GrandTotalAmount>${invoice.total}</ram:GrandTotalAmount><ram:DuePayableAmount>${invoice.total}</ram:DuePayableAmount>
      </ram:SpecifiedTradeSettlementHeaderMonetarySummation>
    </ram:ApplicableHeaderTradeSettlement>
  </rsm:SupplyChainTradeTransaction>
</rsm:CrossIndustryInvoice>`;
  return new TextEncoder().encode(xml);
}
