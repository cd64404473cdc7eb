import { readdirSync } from 'node:fs';
import { decodeStatementBytes } from './core/statements/decode-bytes.ts';
import { mt940Parser } from './core/statements/mt940/mt940-parser.ts';
import { readFixture } from './test/fixtures.ts';
for (const f of readdirSync('/work/shared/fixtures/statements/mt940')) {
  const bytes = readFixture('statements/mt940/' + f);
  const decoded = decodeStatementBytes(bytes);
  const r = mt940Parser.parse({ fileName: f, decoded, bytes });
  console.log('===', f, mt940Parser.sniff(decoded.text, f));
  if (!r.ok) { console.log(r.error); continue; }
  console.log(r.value.variant, r.value.notices);
  for (const a of r.value.accounts) {
    console.log(a.ref, a.iban, a.bankId, a.currency, a.balances.map(b => `${b.kind} ${b.date} ${b.amountCents}`));
    for (const t of a.transactions) console.log(' ', t.bookingDate, t.valueDate, t.amountCents, t.providerId, t.line, JSON.stringify(t.label), '|', t.counterparty, t.counterpartyIban, '| memo', t.memo, '| raw', t.rawLabel);
  }
}
