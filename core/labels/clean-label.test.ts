import { describe, expect, it } from 'vitest';
import { cleanBankLabel } from './clean-label.ts';

describe('cleanBankLabel on the sample checking OFX (NAME and MEMO kept apart)', () => {
  it('cuts VIR SEPA and keeps the invoice words, not the REF', () => {
    const cleaned = cleanBankLabel(
      [
        'VIR SEPA EDITIONS DU GRAND TILLE',
        'Factures F2026-029 et F2026-030 – maquettes écrans REF GT-2026-0871',
      ],
      360000,
    );
    expect(cleaned).toMatchObject({
      kind: 'transfer_in',
      counterparty: 'Editions du Grand Tille',
      motif: 'Factures F2026-029 et F2026-030 – maquettes écrans',
    });
  });

  it('reads the direction of VIR SEPA RECU / EMIS from the label itself', () => {
    expect(cleanBankLabel('VIR SEPA RECU M FAUCONNET MAELLE')).toMatchObject({
      kind: 'transfer_in',
      counterparty: 'M Fauconnet Maelle',
    });
    expect(
      cleanBankLabel(['VIR SEPA EMIS MAELLE FAUCONNET', 'VIREMENT COMPTE PERSO']),
    ).toMatchObject({
      kind: 'transfer_out',
      counterparty: 'Maelle Fauconnet',
      motif: 'VIREMENT COMPTE PERSO',
    });
  });

  it('drops the SEPA creditor id and the mandate of a direct debit', () => {
    const cleaned = cleanBankLabel([
      'PRLV SEPA URSSAF RHONE-ALPES',
      'COTISATIONS SEPTEMBRE 2026 ICS FR14ZZZ100250 RUM URS-69-445120',
    ]);
    expect(cleaned).toMatchObject({
      kind: 'direct_debit',
      counterparty: 'Urssaf Rhone-Alpes',
      motif: 'COTISATIONS SEPTEMBRE 2026',
      label: 'Urssaf Rhone-Alpes — COTISATIONS SEPTEMBRE 2026',
    });
  });

  it('keeps "réf. devis" prose but cuts the trailing REF of an instant transfer', () => {
    const cleaned = cleanBankLabel(
      [
        "VIR INST CENTRE D'ORTHOPTIE DES ",
        'Parcours patient site web – réf. devis D-0925 REF CDOB 0925',
      ],
      54000,
    );
    expect(cleaned.counterparty).toBe("Centre d'Orthoptie des");
    expect(cleaned.motif).toBe('Parcours patient site web – réf. devis D-0925');
  });

  it('sees the deferred card monthly debit as a card settlement with no counterparty', () => {
    const cleaned = cleanBankLabel([
      'FACTURE CARTE DU 300926',
      'CARTE X4821 VISA BUSINESS DEBIT DIFFERE',
    ]);
    expect(cleaned).toMatchObject({ kind: 'card_settlement', counterparty: null });
    expect(cleaned.subject).toBe('FACTURE CARTE');
  });

  it('takes the card date out of an ATM withdrawal', () => {
    expect(cleanBankLabel(['RETRAIT DAB 17/10 LYON PART DIEU', 'CARTE X4821'])).toMatchObject({
      kind: 'atm',
      counterparty: null,
      subject: 'RETRAIT DAB LYON PART DIEU',
      cardDate: '17/10',
    });
  });

  it('recognises bank fees, cheque deposits and their numbers', () => {
    expect(cleanBankLabel(['COTISATION OFFRE PRO', 'PERIODE 09/2026'])).toMatchObject({
      kind: 'fee',
      subject: 'COTISATION OFFRE PRO',
      motif: 'PERIODE 09/2026',
    });
    expect(cleanBankLabel(['REMISE CHEQUE N 3124578', '1 CHEQUE'])).toMatchObject({
      kind: 'cheque',
      subject: 'REMISE CHEQUE',
    });
  });
});

describe('cleanBankLabel on the sample card OFX (merchant in NAME, card marker in MEMO)', () => {
  it('keeps the merchant as counterparty and the card date from "CARTE X4821 dd/mm"', () => {
    expect(cleanBankLabel(['SNCF CONNECT PARIS', 'CARTE X4821 13/10 REMBOURSEMENT'])).toMatchObject(
      {
        kind: 'card',
        counterparty: 'SNCF Connect Paris',
        cardDate: '13/10',
        motif: 'REMBOURSEMENT',
      },
    );
  });

  it('moves the USD rate line to the notes (Figma)', () => {
    const cleaned = cleanBankLabel([
      'FIGMA MONTHLY SAN FRANCISCO',
      'CARTE X4821 03/09 USD 15,00 1 EUR = 1,0745 USD',
    ]);
    expect(cleaned.counterparty).toBe('Figma Monthly San Francisco');
    expect(cleaned.motif).toBeNull();
    expect(cleaned.notes).toEqual(['USD 15,00 1 EUR = 1,0745 USD']);
  });

  it('treats COMMISSION CB HORS ZONE EURO as a fee, not a purchase from Figma', () => {
    const cleaned = cleanBankLabel([
      'COMMISSION CB HORS ZONE EURO',
      'CARTE X4821 03/09 FIGMA MONTHLY 13,96 EUR',
    ]);
    expect(cleaned).toMatchObject({ kind: 'fee', counterparty: null, cardDate: '03/09' });
  });

  it('drops the card processor star ("ADOBE *CREATIVE CLOUD")', () => {
    expect(cleanBankLabel(['ADOBE *CREATIVE CLOUD DUBLIN', 'CARTE X4821 14/09']).counterparty).toBe(
      'Adobe Creative Cloud Dublin',
    );
  });
});

describe('cleanBankLabel on Société Générale CSV details (one text with segments)', () => {
  it('reads /DE and /MOTIF and drops /REF', () => {
    expect(
      cleanBankLabel(
        'VIR SEPA RECU /DE AGENCE BOREAL ET FILS SARL /MOTIF FACT F2026-038 /REF BOR 2611 022 ',
      ),
    ).toMatchObject({
      kind: 'transfer_in',
      counterparty: 'Agence Boreal et Fils SARL',
      motif: 'FACT F2026-038',
    });
  });

  it('reads /A of an outgoing transfer after the short label', () => {
    const cleaned = cleanBankLabel([
      'VIR SEPA EMIS',
      'VIR SEPA EMIS /A MAELLE FAUCONNET /MOTIF VIREMENT COMPTE PERSO ',
    ]);
    expect(cleaned).toMatchObject({
      kind: 'transfer_out',
      counterparty: 'Maelle Fauconnet',
      motif: 'VIREMENT COMPTE PERSO',
    });
  });

  it('reads "DE:" and "MOTIF:" of the older layout and drops operation numbers', () => {
    expect(
      cleanBankLabel(
        'PRELEVEMENT EUROPEEN 5520117740 DE: DGFIP ID: FR06ZZZ009311 MOTIF: TVA CA3 10/2026 REF: DGFIP-TVA-7781 ',
      ),
    ).toMatchObject({ kind: 'direct_debit', counterparty: 'Dgfip', motif: 'TVA CA3 10/2026' });
    expect(
      cleanBankLabel('VIR INST RE 7015529920 DE: VILLE-NUAGE SAS MOTIF: ATELIER PERSONAS PHASE 2 '),
    ).toMatchObject({ kind: 'transfer_in', counterparty: 'Ville-Nuage SAS' });
  });

  it('cuts "CARTE X4821 dd/mm" and the trailing bank operation number', () => {
    expect(
      cleanBankLabel('CARTE X4821 26/11 PAPETERIE DU GRIFFON LYON 2607110000041IOPD '),
    ).toMatchObject({ kind: 'card', counterparty: 'Papeterie du Griffon Lyon', cardDate: '26/11' });
  });
});

describe('cleanBankLabel on published bug shapes', () => {
  it('B07: the payee comes from the CARTE line, the FX line is a note, the date is not in the payee', () => {
    const cleaned = cleanBankLabel([
      '110,04 Gbp / 1 Euro = 0,860763454',
      'CARTE 12/07/25 SHOP NAME CB*1234',
    ]);
    expect(cleaned).toMatchObject({ counterparty: 'Shop Name', cardDate: '12/07', kind: 'card' });
    expect(cleaned.notes).toEqual(['110,04 Gbp / 1 Euro = 0,860763454']);
  });

  it('B08: a lone remittance line with a masked card still gives the payee', () => {
    expect(cleanBankLabel(['CARTE 04/09/24 CARREFOUR CB*XXX'])).toMatchObject({
      counterparty: 'Carrefour',
      cardDate: '04/09',
      kind: 'card',
    });
  });

  it('B17 file: card date and masked card in NAME, merchant and FX in MEMO', () => {
    const cleaned = cleanBankLabel([
      '231026 CB****4821',
      'FIGMA MONTHLY  US SAN FRANCI 15,00USD 1 EURO = 1,074500',
    ]);
    expect(cleaned).toMatchObject({ kind: 'card', cardDate: '23/10' });
    expect(cleaned.counterparty).toBe('Figma Monthly Us San Franci');
    expect(cleaned.notes).toEqual(['15,00USD 1 EURO = 1,074500']);
  });

  it('accepts a parser raw label joined with " | "', () => {
    expect(cleanBankLabel('SNCF CONNECT PARIS | CARTE X4821 27/08')).toMatchObject({
      counterparty: 'SNCF Connect Paris',
      cardDate: '27/08',
    });
  });
});

describe('cleanBankLabel on other French shapes', () => {
  it('BPCE card line with the date after the merchant', () => {
    expect(
      cleanBankLabel(['ADOBE CREATIVE CLOUD', 'CB ADOBE CREATIVE CLOUD FACT 141126']),
    ).toMatchObject({
      kind: 'card',
      counterparty: 'Adobe Creative Cloud',
      cardDate: '14/11',
      motif: null,
    });
  });

  it('AVOIR is a card refund from the merchant', () => {
    expect(cleanBankLabel('AVOIR CARTE 13/10 SNCF CONNECT')).toMatchObject({
      kind: 'card',
      counterparty: 'SNCF Connect',
    });
  });

  it('ECH PRET names the operation, not a counterparty', () => {
    expect(cleanBankLabel('ECH PRET 00012345 ECHEANCE 11/2026')).toMatchObject({
      counterparty: null,
      subject: 'ECH PRET ECHEANCE 11/2026',
    });
  });

  it('a transfer with no direction in the label takes it from the amount, or stays "other"', () => {
    expect(cleanBankLabel('VIR SEPA STUDIO PISTACHE SAS', -100).kind).toBe('transfer_out');
    expect(cleanBankLabel('VIR SEPA STUDIO PISTACHE SAS').kind).toBe('other');
  });

  it('a word such as FRAIS in a memo does not turn a purchase into a bank fee', () => {
    expect(cleanBankLabel(['SNCF CONNECT', 'FRAIS DE DOSSIER'])).toMatchObject({
      kind: 'other',
      counterparty: 'SNCF Connect',
    });
  });

  it('an invalid card date is not a card date', () => {
    expect(cleanBankLabel('CARTE 45/13 BOUTIQUE').cardDate).toBeNull();
  });
});
