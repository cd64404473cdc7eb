/** The little of the OFX DTD the tree builder needs to repair files with missing close tags. */

/** Aggregates of statement responses: containers even when their close tag is missing. */
export const KNOWN_AGGREGATES = new Set([
  'OFX',
  'SIGNONMSGSRSV1',
  'SONRS',
  'STATUS',
  'FI',
  'BANKMSGSRSV1',
  'STMTTRNRS',
  'STMTRS',
  'BANKACCTFROM',
  'BANKACCTTO',
  'BANKTRANLIST',
  'STMTTRN',
  'PAYEE',
  'CURRENCY',
  'ORIGCURRENCY',
  'LEDGERBAL',
  'AVAILBAL',
  'BALLIST',
  'BAL',
  'CREDITCARDMSGSRSV1',
  'CCSTMTTRNRS',
  'CCSTMTRS',
  'CCACCTFROM',
  'CCACCTTO',
]);

const STATEMENTS = ['STMTRS', 'CCSTMTRS'];

// Where an aggregate belongs: opening one closes whatever its parent left open, so a missing
// `</BANKTRANLIST>` or `</STMTTRN>` does not swallow the balances or the next row.
export const PARENTS: Readonly<Record<string, readonly string[]>> = {
  STMTTRNRS: ['BANKMSGSRSV1'],
  CCSTMTTRNRS: ['CREDITCARDMSGSRSV1'],
  STMTRS: ['STMTTRNRS'],
  CCSTMTRS: ['CCSTMTTRNRS'],
  BANKACCTFROM: STATEMENTS,
  CCACCTFROM: STATEMENTS,
  BANKTRANLIST: STATEMENTS,
  LEDGERBAL: STATEMENTS,
  AVAILBAL: STATEMENTS,
  BALLIST: STATEMENTS,
  STMTTRN: ['BANKTRANLIST'],
};
