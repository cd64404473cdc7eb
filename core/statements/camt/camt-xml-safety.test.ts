import { describe, expect, it } from 'vitest';

import { camtParser } from './camt-parser.ts';
import { camtError, camtFixtureText } from './camt-test-support.ts';

const XXE = `<?xml version="1.0"?>
<!DOCTYPE Document [<!ENTITY leak SYSTEM "file:///etc/passwd">]>
<Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.053.001.02"><BkToCstmrStmt><Stmt>
<Acct><Id><IBAN>FR7630003027150005123456738</IBAN></Id></Acct>
<Ntry><Amt Ccy="EUR">1.00</Amt><CdtDbtInd>CRDT</CdtDbtInd><Sts>BOOK</Sts>
<BookgDt><Dt>2026-11-02</Dt></BookgDt><AddtlNtryInf>&leak;</AddtlNtryInf></Ntry>
</Stmt></BkToCstmrStmt></Document>`;

const laughs = Array.from({ length: 9 }, (_, level) => {
  const inner = level === 0 ? 'lol' : `&lol${level - 1};`.repeat(10);
  return `<!ENTITY lol${level} "${inner}">`;
}).join('\n');
const ENTITY_BOMB = `<?xml version="1.0"?>
<!DOCTYPE Document [
${laughs}
]>
<Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.053.001.02"><BkToCstmrStmt><Stmt>
<Ntry><AddtlNtryInf>&lol8;</AddtlNtryInf></Ntry></Stmt></BkToCstmrStmt></Document>`;

describe('camt XML safety', () => {
  it('refuses an external entity (XXE) before reading anything, naming the line', () => {
    const error = camtError(XXE);
    expect(error).toMatchObject({ code: 'MALFORMED', line: 2 });
    expect(error.message).toContain('DOCTYPE');
    expect(error.message).toContain('external entities');
  });

  it('refuses an entity bomb at once instead of expanding it', () => {
    const started = Date.now();
    const error = camtError(ENTITY_BOMB);
    expect(error.code).toBe('MALFORMED');
    expect(Date.now() - started).toBeLessThan(1000);
  });

  it('refuses a lower-case doctype that points at an external DTD', () => {
    const text = camtFixtureText('camt052_v02_account-report.xml').replace(
      '<Document',
      '<!doctype Document SYSTEM "http://127.0.0.1/camt.dtd">\r\n<Document',
    );
    expect(camtError(text)).toMatchObject({ code: 'MALFORMED', line: 2 });
  });

  it('refuses malformed XML with the line of the problem', () => {
    const text = camtFixtureText('camt053_v02_two-stmt_batch-entry.xml').replace(
      '</AcctSvcrRef>',
      '</AcctSvcrReff>',
    );
    const error = camtError(text);
    expect(error.code).toBe('MALFORMED');
    expect(error.line).toBe(56);
  });

  it('decodes the five XML entities and numeric references in labels', () => {
    const text = camtFixtureText('camt053_v02_two-stmt_batch-entry.xml').replace(
      'FACTURE F2026-036',
      'Caf&#233; &amp; Co &lt;F2026-036&gt;',
    );
    const result = camtParser.parse({
      fileName: 'x.xml',
      decoded: { text, encoding: 'utf-8', hadBom: false },
      bytes: new Uint8Array(),
    });
    const labels = result.ok ? result.value.accounts[0]?.transactions.map((row) => row.label) : [];
    expect(labels).toContain('Café & Co <F2026-036>');
  });
});

describe('camt sniffing', () => {
  it('is sure of a camt namespace and of a camt root without a namespace', () => {
    expect(camtParser.sniff(camtFixtureText('camt053_v02_reversal_iso.xml'), 'a.xml')).toBe(95);
    expect(camtParser.sniff('<Document><BkToCstmrStmt></BkToCstmrStmt></Document>', 'a')).toBe(85);
    expect(camtParser.sniff('<OFX><BANKMSGSRSV1>', 'a.ofx')).toBe(0);
  });
});
