import iconv from 'iconv-lite';

const COUNTERPARTIES = [
  ['VIR SEPA RECU', 'VIR SEPA RECU /DE EDITIONS DU PETIT LOUVRE /MOTIF FACTURE {n}', 1],
  ['PRLV SEPA', 'PRLV SEPA URSSAF ILE-DE-FRANCE /MOTIF COTISATIONS {n}', -1],
  ['CARTE X7312', 'CARTE X7312 {d} SNCF INTERNET PARIS', -1],
  ['CARTE X7312', 'CARTE X7312 {d} CAFE DE LA MAIRIE PARIS', -1],
  ['PRLV SEPA', 'PRLV SEPA ORANGE SA /MOTIF FACTURE INTERNET PRO {n}', -1],
  ['VIR SEPA EMIS', 'VIR SEPA EMIS /A INES GARNIER /MOTIF VIREMENT COMPTE PERSO', -1],
  ['VIR INST RECU', 'VIR INST RECU /DE CLIENT {n} SARL /MOTIF PRESTATION', 1],
  ['CARTE X7312', 'CARTE X7312 {d} FOURNISSEUR {n} PARIS', -1],
] as const;

/**
 * A Société Générale-layout CSV (cp1252, CRLF) of `count` rows spread over years, deterministic,
 * so that the import bench reads a real statement file through the real parser.
 */
export function syntheticSocieteGeneraleCsv(count: number): Uint8Array {
  const lines: string[] = [];
  let seed = 42;
  const next = () => {
    seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
    return seed;
  };
  for (let index = 0; index < count; index += 1) {
    const day = new Date(Date.UTC(2016, 0, 1) + Math.floor((index * 3_650) / count) * 86_400_000);
    const dd = String(day.getUTCDate()).padStart(2, '0');
    const mm = String(day.getUTCMonth() + 1).padStart(2, '0');
    const date = `${dd}/${mm}/${day.getUTCFullYear()}`;
    const [short, detail, sign] = COUNTERPARTIES[next() % COUNTERPARTIES.length]!;
    const cents = (next() % 250_000) + 100;
    const amount = `${sign < 0 ? '-' : ''}${Math.floor(cents / 100)},${String(cents % 100).padStart(2, '0')}`;
    const text = detail.replace('{n}', String(next() % 500)).replace('{d}', `${dd}/${mm}`);
    lines.push(`${date};${short};${text} ;${amount};EUR`);
  }
  lines.reverse();
  const header = [
    `="00020417853";01/01/2016;31/12/2025;${count};31/12/2025;0,00 EUR`,
    '',
    "Date de l'opération;Libellé;Détail de l'écriture;Montant de l'opération;Devise",
  ];
  return new Uint8Array(iconv.encode([...header, ...lines].join('\r\n') + '\r\n', 'windows-1252'));
}
