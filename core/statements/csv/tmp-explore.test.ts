import { test } from 'vitest';
import { readdirSync } from 'node:fs';
import { decodeStatementBytes } from '../decode-bytes.ts';
import { readFixture } from '../../../test/fixtures.ts';
import { csvParser } from './csv-parser.ts';
test('explore', () => {
  for (const dir of ['ofx', 'qif', 'camt', 'cfonb', 'mt940', 'pdf-text', 'sample']) {
    for (const f of readdirSync('/work/shared/fixtures/statements/' + dir)) {
      const d = decodeStatementBytes(readFixture(`statements/${dir}/${f}`));
      console.log(dir, f, csvParser.sniff(d.text, f));
    }
  }
  for (const f of ['bnp_old-layout_no-header_html-entities.csv', 'credit-agricole_preamble_multiline_card-section.csv', 'caisse-epargne-bpce_13-columns.csv', 'qonto_en_comma_utc.csv', 'qonto_fr_semicolon_utc.csv', 'shine_cp1252_ht-tva.csv', 'revolut_pending_fee.csv', 'credit-mutuel_iso-8859-15.csv', 'societe-generale.csv']) {
    const bytes = readFixture('statements/csv/' + f);
    const r = csvParser.parse({ fileName: f, decoded: decodeStatementBytes(bytes), bytes });
    if (!r.ok) continue;
    console.log('=== ' + f);
    for (const a of r.value.accounts) for (const t of a.transactions) console.log(JSON.stringify(t));
  }
});
