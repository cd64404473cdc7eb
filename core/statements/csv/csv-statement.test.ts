import { describe, expect, it } from 'vitest';
import { allTransactions, errorOf, parseCsvText, parsedOrThrow } from './test-support.ts';

const SG_HEADER = "Date de l'opération;Libellé;Détail de l'écriture;Montant de l'opération;Devise";
const DEBIT_CREDIT = 'Date;Libellé;Catégorie;Débit;Crédit;Solde';

describe('reading a CSV statement', () => {
  it('rejects an impossible date with BAD_DATE naming its line, CRLF or LF alike', () => {
    const lines = [SG_HEADER, '02/11/2026;A;A;-1,00;EUR', '31/11/2026;B;B;-2,00;EUR'];
    for (const newline of ['\n', '\r\n']) {
      const error = errorOf(parseCsvText(lines.join(newline)));
      expect(error.code).toBe('BAD_DATE');
      expect(error.line).toBe(3);
      expect(error.message).toContain('"31/11/2026"');
    }
  });

  it('imports nothing when one row is bad, even the good rows before it', () => {
    const text = [DEBIT_CREDIT, '03/11/2026;OK;;;10,00;', '05/11/2026;BAD;;1O5,00;;'].join('\n');
    const error = errorOf(parseCsvText(text));
    expect(error).toMatchObject({ code: 'BAD_AMOUNT', line: 3 });
    expect(error.message).toContain('"1O5,00"');
  });

  it('gives the same debit for "612,00" and "-612,00" in a Débit column (B25)', () => {
    const text = [DEBIT_CREDIT, '05/11/2026;A;;612,00;;', '06/11/2026;B;;-612,00;;'].join('\n');
    const amounts = allTransactions(parsedOrThrow(parseCsvText(text))).map(
      (row) => row.amountCents,
    );
    expect(amounts).toEqual([-61200, -61200]);
  });

  it('refuses a row with both Débit and Crédit filled instead of guessing', () => {
    const text = [DEBIT_CREDIT, '05/11/2026;A;;10,00;20,00;'].join('\n');
    expect(errorOf(parseCsvText(text))).toMatchObject({ code: 'BAD_AMOUNT', line: 2 });
  });

  it('refuses a Qonto row whose total disagrees with its Débit', () => {
    const header =
      "Statut;Date de la valeur (UTC);Date de l'opération (UTC);Montant total (TTC);Débit;Crédit;" +
      'Solde;Devise;Nom de la contrepartie;Identifiant de transaction';
    const text = [
      header,
      'settled;01-10-2026 07:15:00;01-10-2026 07:15:00;-290,00;209,00;;;EUR;X;q1',
    ];
    const error = errorOf(parseCsvText(text.join('\n')));
    expect(error).toMatchObject({ code: 'BAD_AMOUNT', line: 2 });
    expect(error.message).toContain('disagrees with Débit/Crédit');
  });

  it('refuses a status it does not know rather than booking the row', () => {
    const header =
      'Status,Settlement date (UTC),Operation date (UTC),Total amount (incl. VAT),' +
      'Currency,Counterparty name,Transaction ID';
    const text = [header, 'on_hold,2026-11-03 08:00:00,2026-11-03 08:00:00,-1.00,EUR,X,q1'].join(
      '\n',
    );
    expect(errorOf(parseCsvText(text))).toMatchObject({ code: 'MALFORMED', line: 2 });
  });

  it('sniffs a tab separator and keeps separators inside quotes in their cell', () => {
    const text = ['Date\tLibellé\tMontant', '02/11/2026\t"A\tB; C, D"\t-1,50'].join('\n');
    const [row] = allTransactions(parsedOrThrow(parseCsvText(text)));
    expect(row).toMatchObject({ label: 'A\tB; C, D', amountCents: -150 });
  });

  it('numbers rows by their first physical line when labels span several lines', () => {
    const text = [DEBIT_CREDIT, '03/11/2026;"A', '', 'B";;;1,00;', '04/11/2026;C;;2,00;;'].join(
      '\n',
    );
    const rows = allTransactions(parsedOrThrow(parseCsvText(text)));
    expect(rows.map((row) => [row.line, row.label])).toEqual([
      [2, 'A B'],
      [5, 'C'],
    ]);
  });

  it('reports a quote never closed as MALFORMED', () => {
    const text = [DEBIT_CREDIT, '03/11/2026;"A;;;1,00;', '04/11/2026;C;;2,00;;'].join('\n');
    expect(errorOf(parseCsvText(text)).code).toBe('MALFORMED');
  });

  it('passes over a repeated header and blank lines', () => {
    const text = [DEBIT_CREDIT, '03/11/2026;A;;;1,00;', '', DEBIT_CREDIT, '04/11/2026;C;;2,00;;'];
    expect(allTransactions(parsedOrThrow(parseCsvText(text.join('\r\n'))))).toHaveLength(2);
  });

  it('notes a Société Générale file holding fewer rows than line 1 announces', () => {
    const text = ['="123";01/11/2026;30/11/2026;3;30/11/2026;10,00 EUR', '', SG_HEADER];
    text.push('02/11/2026;A;A;-1,00;EUR');
    const statement = parsedOrThrow(parseCsvText(text.join('\r\n')));
    expect(statement.notices).toEqual([
      { line: null, message: '123: the bank announces 3 rows, the file holds 1' },
    ]);
  });

  it('does not read an unknown header or an empty file', () => {
    expect(errorOf(parseCsvText('Foo;Bar;Baz\n1;2;3\n')).code).toBe('UNKNOWN_FORMAT');
    expect(errorOf(parseCsvText(' \n\n')).code).toBe('EMPTY_FILE');
  });
});
