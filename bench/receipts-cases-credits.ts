import { ciiXml } from '../core/receipts/test-support/cii-xml.ts';
import { textPdf } from '../core/receipts/test-support/make-pdf.ts';
import { page, type LabelledCase } from './receipts-cases.ts';

/** Refunded credit notes, an issued invoice, USD with its card fee, an amount-only trap. */
export function creditAndForeignCases(): LabelledCase[] {
  return [
    {
      name: 'facture-emise-F2026-041.pdf',
      bytes: page(`
        Maëlle Fauconnet
        Ergonomie & design UX
        SIRET 931 482 657 00018 — TVA FR09 931 482 657
        FACTURE
        N° F2026-041
        Date d'émission : 20/11/2026
        Échéance : 20/12/2026
        Client
        Atelier Nébuleuse SARL
        5 rue Mercière, 69002 Lyon
        Total HT 1 250,00 €
        TVA 20 % 250,00 €
        Total TTC 1 500,00 €
      `),
      expected: {
        kind: 'sales_invoice',
        number: 'F2026-041',
        date: '2026-11-20',
        currency: 'EUR',
        totalCents: 150000,
        netCents: 125000,
        vatCents: 25000,
        vendor: 'Maëlle Fauconnet',
      },
      transactions: [
        {
          id: 'F1',
          account: 'checking',
          date: '2026-11-27',
          cents: 150000,
          label: 'VIR SEPA RECU /DE ATELIER NEBULEUSE | FACTURE F2026-041',
        },
        {
          id: 'F2',
          account: 'checking',
          date: '2026-11-25',
          cents: -150000,
          label: 'VIR SEPA EMIS /A ATELIER NEBULEUSE',
        },
      ],
      matches: ['F1'],
    },
    {
      name: 'linear-orbit-usd.pdf',
      bytes: page(`
        Linear Orbit Inc.
        500 Market Street, San Francisco, CA
        Invoice
        Invoice number LO-88213
        Date of issue November 5, 2026
        Subtotal $20.00
        Total $20.00
        Amount paid $20.00
        Amount due $0.00 USD
      `),
      expected: {
        kind: 'invoice',
        number: 'LO-88213',
        date: '2026-11-05',
        currency: 'USD',
        totalCents: 2000,
        netCents: 2000,
        vatCents: null,
        vendor: 'Linear Orbit Inc.',
      },
      transactions: [
        {
          id: 'G1',
          account: 'card',
          date: '2026-11-06',
          operationDate: '2026-11-05',
          cents: -1867,
          label: 'LINEAR ORBIT SAN FRANCISCO | CARTE X4821 05/11 USD 20,00 1 EUR = 1,0712 USD',
        },
        {
          id: 'G2',
          account: 'card',
          date: '2026-11-06',
          operationDate: '2026-11-05',
          cents: -38,
          label: 'COMMISSION CB HORS ZONE EURO | CARTE X4821 05/11 LINEAR ORBIT 18,67 EUR',
        },
      ],
      matches: ['G1'],
    },
    {
      name: 'zugferd-avoir-papeterie.pdf',
      bytes: textPdf(['Papeterie du Griffon', 'AVOIR — voir les données jointes'], {
        attachments: [
          {
            name: 'zugferd-invoice.xml',
            relationship: 'Alternative',
            bytes: ciiXml({
              number: 'PG-AV-2026-0031',
              typeCode: '381',
              issueDate: '2026-11-28',
              seller: 'Papeterie du Griffon',
              sellerVat: 'FR08447108630',
              buyer: 'EI Maëlle Fauconnet',
              net: '16.33',
              vat: '3.27',
              total: '19.60',
              rate: '20.00',
            }),
          },
        ],
      }),
      expected: {
        kind: 'credit_note',
        number: 'PG-AV-2026-0031',
        date: '2026-11-28',
        currency: 'EUR',
        totalCents: -1960,
        netCents: -1633,
        vatCents: -327,
        vendor: 'Papeterie du Griffon',
      },
      transactions: [
        {
          id: 'I1',
          account: 'card',
          date: '2026-11-30',
          operationDate: '2026-11-28',
          cents: 1960,
          label: 'PAPETERIE DU GRIFFON LYON | CARTE X4821 28/11 REMBOURSEMENT',
        },
      ],
      matches: ['I1'],
    },
    {
      name: 'hebergeur-piege-montant.pdf',
      bytes: page(`
        Hébergix
        FACTURE N° HX-2026-9001
        Date : 01/09/2026
        Total HT 19,99 €
        TVA 20 % 4,00 €
        Total TTC 23,99 €
        Hébergix SAS — RCS Nantes 533 444 555 — TVA FR44533444555
      `),
      expected: {
        kind: 'invoice',
        number: 'HX-2026-9001',
        date: '2026-09-01',
        currency: 'EUR',
        totalCents: 2399,
        netCents: 1999,
        vatCents: 400,
        vendor: 'Hébergix SAS',
      },
      transactions: [
        {
          id: 'H1',
          account: 'checking',
          date: '2026-10-09',
          cents: -2399,
          label: 'PRLV SEPA SERVEURS DU RHONE | ABONNEMENT 10/2026',
        },
      ],
      matches: [],
    },
  ];
}
