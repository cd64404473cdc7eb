import { decodeStatementBytes } from './core/statements/decode-bytes.ts';
import { cfonbParser } from './core/statements/cfonb/cfonb-parser.ts';
import { readFixture } from './test/fixtures.ts';
const f = 'cfonb120_overpunch_05-records_two-accounts.cfo';
const bytes = readFixture('statements/cfonb/' + f);
const decoded = decodeStatementBytes(bytes);
const r = cfonbParser.parse({ fileName: f, decoded, bytes });
console.log(cfonbParser.sniff(decoded.text, f));
if (!r.ok) console.log(r.error); else for (const a of r.value.accounts) {
  console.log(a.ref, a.bankId, a.currency, a.balances.map(b => `${b.kind} ${b.date} ${b.amountCents}`));
  for (const t of a.transactions) console.log(' ', t.bookingDate, t.valueDate, t.amountCents, t.providerId, t.line, JSON.stringify(t.label), '|', t.counterparty, '| memo', t.memo, '\n     raw', t.rawLabel);
}
