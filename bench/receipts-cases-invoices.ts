import { page, type LabelledCase } from './receipts-cases.ts';

const NNBSP = '\u202f';
const NBSP = '\u00a0';

/** Supplier invoices: English SaaS, NBSP amounts, a B28 rounding gap, instalments. */
export function invoiceCases(): LabelledCase[] {
  return [
    {
      name: 'acme-cloud-invoice-en.pdf',
      bytes: page(`
        Acme Cloud Ltd
        1 Harbour Road, Dublin 2, Ireland
        Invoice
        Invoice number INV-2026-0042
        Date of issue November 12, 2026
        Bill to
        Maëlle Fauconnet
        Description Qty Amount
        Cloud storage 2 TB 1 €50.00
        Subtotal €50.00
        VAT (20%) €10.00
        Total €60.00
        Amount due €0.00
        Paid with Visa ending in 4821
      `),
      expected: {
        kind: 'invoice',
        number: 'INV-2026-0042',
        date: '2026-11-12',
        currency: 'EUR',
        totalCents: 6000,
        netCents: 5000,
        vatCents: 1000,
        vendor: 'Acme Cloud Ltd',
      },
      transactions: [
        {
          id: 'A1',
          account: 'card',
          date: '2026-11-13',
          operationDate: '2026-11-12',
          cents: -6000,
          label: 'ACME CLOUD DUBLIN | CARTE X4821 12/11',
        },
        {
          id: 'A2',
          account: 'card',
          date: '2026-10-13',
          operationDate: '2026-10-12',
          cents: -6000,
          label: 'ACME CLOUD DUBLIN | CARTE X4821 12/10',
        },
      ],
      matches: ['A1'],
    },
    {
      name: 'mirabel-facture-nbsp.pdf',
      bytes: page(`
        Studio graphique Mirabel
        8 rue des Capucins, 69001 Lyon
        FACTURE N° 2026-118
        Lyon, le 12 novembre 2026
        Cliente
        Maëlle Fauconnet
        Total HT 1${NNBSP}028,80${NBSP}€
        TVA 20 % 205,76${NBSP}€
        Total TTC 1${NNBSP}234,56${NBSP}€
        Montant dû : 1${NNBSP}234,56${NBSP}€
        Merci de rappeler « FACT 2026-118 » avec votre virement.
        Studio graphique Mirabel SARL au capital de 5 000 € — RCS Lyon 812 345 678 — TVA FR55812345678
      `),
      expected: {
        kind: 'invoice',
        number: '2026-118',
        date: '2026-11-12',
        currency: 'EUR',
        totalCents: 123456,
        netCents: 102880,
        vatCents: 20576,
        vendor: 'Studio graphique Mirabel SARL',
      },
      transactions: [
        {
          id: 'B1',
          account: 'checking',
          date: '2026-11-20',
          cents: -123456,
          label: 'VIR SEPA EMIS /A STUDIO GRAPHIQUE MIRABE | FACT 2026-118',
        },
        {
          id: 'B2',
          account: 'checking',
          date: '2026-08-02',
          cents: -123456,
          label: 'VIR SEPA EMIS /A GARAGE DU PONT | FACTURE 7781',
        },
      ],
      matches: ['B1'],
    },
    {
      name: 'canuts-b28-arrondi.pdf',
      bytes: page(`
        Imprimerie des Canuts
        3 rue Dumenge, 69004 Lyon
        FACTURE N° IC-5521
        Date : 03/11/2026
        Total HT 35,34 €
        TVA 20 % 7,07 €
        Total TTC 42,41 €
        Imprimerie des Canuts SARL — RCS Lyon 833 111 222 — TVA FR11833111222
      `),
      expected: {
        kind: 'invoice',
        number: 'IC-5521',
        date: '2026-11-03',
        currency: 'EUR',
        totalCents: 4241,
        netCents: 3534,
        vatCents: 707,
        vendor: 'Imprimerie des Canuts SARL',
      },
      transactions: [
        {
          id: 'C1',
          account: 'card',
          date: '2026-11-04',
          operationDate: '2026-11-03',
          cents: -4242,
          label: 'IMPRIMERIE DES CANUTS LYON | CARTE X4821 03/11',
        },
      ],
      matches: ['C1'],
    },
    {
      name: 'arpege-formation-echeancier.pdf',
      bytes: page(`
        Formations Arpège
        14 quai Saint-Vincent, 69001 Lyon
        FACTURE N° FA-2026-311
        Date : 02/09/2026
        Formation accessibilité numérique (3 jours)
        Total HT 750,00 €
        TVA 20 % 150,00 €
        Total TTC 900,00 €
        Réglable en trois prélèvements de 300,00 € (septembre, octobre, novembre).
        Formations Arpège SAS — RCS Lyon 901 222 333 — TVA FR20901222333
      `),
      expected: {
        kind: 'invoice',
        number: 'FA-2026-311',
        date: '2026-09-02',
        currency: 'EUR',
        totalCents: 90000,
        netCents: 75000,
        vatCents: 15000,
        vendor: 'Formations Arpège SAS',
      },
      transactions: ['2026-09-10', '2026-10-10', '2026-11-10'].map((date, index) => ({
        id: `D${index + 1}`,
        account: 'checking' as const,
        date,
        cents: -30000,
        label: `PRLV SEPA FORMATIONS ARPEGE | ECHEANCE ${index + 1}/3`,
      })),
      matches: ['D1', 'D2', 'D3'],
    },
    {
      name: 'lumen-avoir-rembourse.pdf',
      bytes: page(`
        Boutique Lumen
        2 place Sathonay, 69001 Lyon
        AVOIR
        N° d'avoir AV-77
        Date 18/11/2026
        Retour lampe de bureau
        Total HT -20,83 €
        TVA (20 %) -4,17 €
        Total TTC -25,00 €
        Remboursé sur votre carte.
        Boutique Lumen SARL — RCS Lyon 522 333 444 — TVA FR33522333444
      `),
      expected: {
        kind: 'credit_note',
        number: 'AV-77',
        date: '2026-11-18',
        currency: 'EUR',
        totalCents: -2500,
        netCents: -2083,
        vatCents: -417,
        vendor: 'Boutique Lumen SARL',
      },
      transactions: [
        {
          id: 'E1',
          account: 'card',
          date: '2026-11-19',
          operationDate: '2026-11-18',
          cents: 2500,
          label: 'BOUTIQUE LUMEN LYON | CARTE X4821 18/11 REMBOURSEMENT',
        },
        {
          id: 'E2',
          account: 'card',
          date: '2026-11-10',
          operationDate: '2026-11-09',
          cents: -2500,
          label: 'BOUTIQUE LUMEN LYON | CARTE X4821 09/11',
        },
      ],
      matches: ['E1'],
    },
  ];
}
