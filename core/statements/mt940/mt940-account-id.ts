const IBAN = /^[A-Z]{2}\d{2}[A-Z0-9]{10,30}$/;

export interface Mt940AccountId {
  readonly ref: string;
  readonly iban: string | null;
  readonly bankId: string | null;
}

/**
 * `:25:` as banks write it: an IBAN (sometimes followed by `/EUR` or a currency), or a bank code
 * and an account number separated by a slash (`30003/00051234567`, BLZ/Konto).
 */
export function readAccountId(written: string): Mt940AccountId {
  const compact = written.trim().replace(/\s+/g, '');
  const [head = '', tail = ''] = compact.split('/');
  const withoutCurrency = /^[A-Z]{3}$/.test(tail) ? head : null;
  const account = withoutCurrency ?? (tail !== '' ? tail : head);
  const iban = IBAN.test(account) ? account : null;
  const bankId = withoutCurrency === null && tail !== '' && head !== '' ? head : null;
  return { ref: account, iban, bankId };
}
