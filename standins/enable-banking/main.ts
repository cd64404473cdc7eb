// Runs the Enable Banking stand-in for a demo: `npx tsx standins/enable-banking/main.ts [dir]`.
// It writes a fresh application key to <dir>/standin-app.pem and prints the settings that point
// `pointage` at it. Loopback only; stop with Ctrl-C.
import { generateKeyPairSync } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { startEnableBankingStandIn } from './enable-banking-standin.ts';
import { STANDIN_APP_ID } from './standin-harness.ts';

const dir = path.resolve(process.argv[2] ?? '.pointage/standin');
const redirectUrl =
  process.env.ENABLE_BANKING_REDIRECT_URL ?? 'http://127.0.0.1:8080/banking/callback';
const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
mkdirSync(dir, { recursive: true });
const keyFile = path.join(dir, 'standin-app.pem');
writeFileSync(keyFile, privateKey.export({ type: 'pkcs8', format: 'pem' }), { mode: 0o600 });

const standIn = await startEnableBankingStandIn({
  applicationId: STANDIN_APP_ID,
  publicKey,
  redirectUrls: [redirectUrl],
  switches: { dailyCallLimit: null },
});
console.log(`Enable Banking stand-in on ${standIn.url}. Use:`);
console.log(`export ENABLE_BANKING_API_URL=${standIn.url}`);
console.log(`export ENABLE_BANKING_APP_ID=${STANDIN_APP_ID}`);
console.log(`export ENABLE_BANKING_KEY_FILE=${keyFile}`);
console.log(`export ENABLE_BANKING_REDIRECT_URL=${redirectUrl}`);
process.once('SIGINT', () => void standIn.stop().then(() => process.exit(0)));
process.once('SIGTERM', () => void standIn.stop().then(() => process.exit(0)));
