import { describe, expect, it } from 'vitest';
import { counterpartyKey } from './counterparty-key.ts';
import { toDisplayName } from './display-name.ts';

describe('counterpartyKey', () => {
  it('ignores case, accents, punctuation and spacing', () => {
    expect(counterpartyKey('Éditions du  Grand-Tilleul')).toBe('editions du grand tilleul');
    expect(counterpartyKey('EDITIONS DU GRAND TILLEUL')).toBe('editions du grand tilleul');
  });

  it('drops legal forms wherever they stand', () => {
    expect(counterpartyKey('ORANGE SA')).toBe('orange');
    expect(counterpartyKey('Studio Nord, SARL')).toBe('studio nord');
    expect(counterpartyKey('NORDLICHT DESIGN GMBH')).toBe('nordlicht design');
  });

  it('drops a leading civility', () => {
    expect(counterpartyKey('M FAUCONNET MAELLE')).toBe('fauconnet maelle');
    expect(counterpartyKey('Mme Dupont')).toBe('dupont');
  });

  it('is empty for a name made only of punctuation', () => {
    expect(counterpartyKey(' *** ')).toBe('');
  });
});

describe('toDisplayName', () => {
  it('title-cases bank capitals, keeping particles, acronyms and legal forms', () => {
    expect(toDisplayName('EDITIONS DU GRAND TILLEUL')).toBe('Editions du Grand Tilleul');
    expect(toDisplayName('SNCF CONNECT PARIS')).toBe('SNCF Connect Paris');
    expect(toDisplayName("CENTRE D'ORTHOPTIE")).toBe("Centre d'Orthoptie");
    expect(toDisplayName('VILLE-NUAGE SAS')).toBe('Ville-Nuage SAS');
  });

  it("keeps a sender's own mixed-case spelling", () => {
    expect(toDisplayName('Studio Érable Montréal')).toBe('Studio Érable Montréal');
  });
});
