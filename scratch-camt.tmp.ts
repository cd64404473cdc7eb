import { readdirSync } from 'node:fs';
import { decodeStatementBytes } from './core/statements/decode-bytes.ts';
import { camtParser } from './core/statements/camt/camt-parser.ts';
import { readFixture } from './test/fixtures.ts';
for (const f of readdirSync('/work/shared/fixtures/statements/camt')) {
  const bytes = readFixture('statements/camt/' + f);
  const decoded = decodeStatementBytes(bytes);
  const r = camtParser.parse({ fileName: f, decoded, bytes });
  console.log('===', f, camtParser.sniff(decoded.text, f));
  if (!r.ok) { console.log(r.error); continue; }
  console.log(r.value.variant, r.value.notices);
  for (const a of r.value.accounts) {
    console.log(a.ref, a.bankId, a.currency, a.balances);
    for (const t of a.transactions) console.log(' ', t.status, t.bookingDate, t.valueDate, t.amountCents, t.providerId, t.line, JSON.stringify(t.label), '|', t.counterparty, t.counterpartyIban, '| memo', t.memo);
  }
}
