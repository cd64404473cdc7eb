import type { StandInAccount, StandInBank } from './standin-types.ts';

const DAY = 86_400;

/** A few French banks (names with accents, for search) and the sandbox's Mock ASPSP. */
export function defaultBanks(): StandInBank[] {
  return [
    {
      name: 'Société Générale',
      country: 'FR',
      maximumConsentSeconds: 180 * DAY,
      psuTypes: ['personal', 'business'],
    },
    {
      name: 'Crédit Agricole',
      country: 'FR',
      maximumConsentSeconds: 180 * DAY,
      psuTypes: ['personal', 'business'],
    },
    { name: 'BoursoBank', country: 'FR', maximumConsentSeconds: 180 * DAY, psuTypes: ['personal'] },
    {
      name: 'La Banque Postale',
      country: 'FR',
      maximumConsentSeconds: 180 * DAY,
      psuTypes: ['personal', 'business'],
    },
    // Some banks still cap consent at 90 days (bank-sync.md §1, Trade Republic).
    {
      name: 'Banque Quatre-Vingt-Dix',
      country: 'FR',
      maximumConsentSeconds: 90 * DAY,
      psuTypes: ['personal'],
    },
    {
      name: 'Mock ASPSP',
      country: 'FI',
      maximumConsentSeconds: 180 * DAY,
      psuTypes: ['personal', 'business'],
    },
  ];
}

/** The person's accounts at the bank: a pro current account, its card, and a personal account. */
export function defaultAccounts(): StandInAccount[] {
  return [
    {
      iban: 'FR7630003000111111111111111',
      name: 'Compte professionnel',
      currency: 'EUR',
      cashAccountType: 'CACC',
      usage: 'ORGA',
      balance: '4210.50',
      rows: [
        {
          ref: 'SG-0001',
          status: 'BOOK',
          amount: '1500.00',
          indicator: 'CRDT',
          bookingDate: '2026-11-02',
          valueDate: '2026-11-02',
          transactionDate: null,
          remittance: ['VIR SEPA CLIENT SARL', 'FACTURE 2026-014'],
          counterpartyName: 'CLIENT SARL',
          counterpartyIban: 'FR7600000000000000000000000',
        },
        {
          ref: 'SG-0002',
          status: 'BOOK',
          amount: '29.90',
          indicator: 'DBIT',
          bookingDate: '2026-11-03',
          valueDate: '2026-11-03',
          transactionDate: null,
          remittance: ['PRLV SEPA OVH SAS', 'Réf : FR12ZZZ000000'],
          counterpartyName: 'OVH SAS',
        },
        {
          ref: 'SG-0003',
          status: 'BOOK',
          amount: '3.50',
          indicator: 'DBIT',
          bookingDate: '2026-11-04',
          valueDate: '2026-11-04',
          transactionDate: '2026-11-03',
          remittance: ['CARTE 03/11/26 CAFE DU COIN CB*1234'],
        },
        {
          ref: 'SG-0004',
          status: 'BOOK',
          amount: '3.50',
          indicator: 'DBIT',
          bookingDate: '2026-11-04',
          valueDate: '2026-11-04',
          transactionDate: '2026-11-03',
          remittance: ['CARTE 03/11/26 CAFE DU COIN CB*1234'],
        },
        {
          ref: 'SG-0005',
          status: 'PDNG',
          amount: '42.00',
          indicator: 'DBIT',
          bookingDate: null,
          valueDate: '2026-11-05',
          transactionDate: '2026-11-05',
          remittance: ['CARTE 05/11/26 SNCF CB*1234'],
        },
      ],
    },
    {
      iban: null,
      name: 'Carte Business',
      currency: 'EUR',
      cashAccountType: 'CARD',
      usage: 'ORGA',
      balance: '-120.00',
      rows: [],
    },
    {
      iban: 'FR7630003000222222222222222',
      name: 'Compte personnel',
      currency: 'EUR',
      cashAccountType: 'CACC',
      usage: 'PRIV',
      balance: '800.00',
      rows: [],
    },
  ];
}
