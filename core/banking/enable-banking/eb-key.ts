import { createPrivateKey, type KeyObject } from 'node:crypto';
import { readFile } from 'node:fs/promises';

export class EnableBankingKeyError extends Error {
  readonly code = 'ENABLE_BANKING_KEY_INVALID';
}

/**
 * The application's RSA private key, from ENABLE_BANKING_PRIVATE_KEY (the PEM) or from
 * ENABLE_BANKING_KEY_FILE (`<app-id>.pem` as the Control Panel downloads it). Errors name the
 * setting, never the key's content.
 */
export async function loadEnableBankingKey(source: {
  readonly pem?: string | undefined;
  readonly file?: string | undefined;
}): Promise<KeyObject> {
  let pem = source.pem;
  let origin = 'ENABLE_BANKING_PRIVATE_KEY';
  if (!pem && source.file) {
    origin = `ENABLE_BANKING_KEY_FILE (${source.file})`;
    pem = await readFile(source.file, 'utf8').catch(() => {
      throw new EnableBankingKeyError(`${origin}: the file cannot be read`);
    });
  }
  if (!pem) {
    throw new EnableBankingKeyError(
      'Enable Banking needs the application key: set ENABLE_BANKING_KEY_FILE or ENABLE_BANKING_PRIVATE_KEY',
    );
  }
  try {
    // Variables often carry the PEM on one line with literal "\n".
    const key = createPrivateKey(pem.replace(/\\n/g, '\n'));
    if (key.asymmetricKeyType !== 'rsa') throw new Error('not RSA');
    return key;
  } catch {
    throw new EnableBankingKeyError(`${origin}: not an RSA private key in PEM format`);
  }
}
