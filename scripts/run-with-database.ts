import { spawn } from 'node:child_process';
import path from 'node:path';
import nextEnv from '@next/env';
import { databaseProblem } from '@/db/connection-check';
import { seedDatabase } from '@/db/seed';
import { startEsewaSandbox } from '@/lib/payments/esewa-sandbox';
import { startKhaltiSandbox } from '@/lib/payments/khalti-sandbox';
import { configOrExit } from './config-or-exit';
import { openScriptDatabase, portInUse } from './database-for-scripts';
import { canListen, chooseDevPort, DevPortRefusal } from './dev-server-port';

/**
 * `npm run dev` / `npm start`: with no DATABASE_URL this process owns the embedded database
 * (migrated, and seeded on first start) and runs Next beside it; Next reaches it over the socket.
 * With DATABASE_URL it first checks the database answers. Every refusal is one plain sentence.
 */
const [command = 'next', ...givenArgs] = process.argv.slice(2);
const developing = command === 'next' && givenArgs[0] === 'dev';
// The same .env files Next reads, so this process and the server agree on the configuration.
nextEnv.loadEnvConfig(process.cwd(), developing, { info: () => {}, error: console.error });
const env = configOrExit();

function refuse(message: string): never {
  console.error(`\n${message}\n`);
  process.exit(1);
}

let args = givenArgs;
const childEnv: NodeJS.ProcessEnv = { ...process.env };
if (developing) {
  try {
    const chosen = await chooseDevPort(givenArgs, process.env, canListen);
    args = chosen.args;
    if (chosen.appUrl) childEnv.APP_URL = chosen.appUrl;
    if (chosen.port !== chosen.asked) console.log(`Port ${chosen.asked} is in use: serving on ${chosen.port}, APP_URL ${chosen.appUrl ?? env.APP_URL}.`);
  } catch (error) {
    if (error instanceof DevPortRefusal) refuse(error.message);
    throw error;
  }
}

if (env.DATABASE_URL) {
  const problem = await databaseProblem(env.DATABASE_URL);
  if (problem) refuse(`${problem}\nFix DATABASE_URL, or unset it to use the embedded database.`);
}

if (env.embeddedDatabase && (await portInUse(env.EMBEDDED_DB_PORT))) {
  refuse(`Port ${env.EMBEDDED_DB_PORT} is already in use: is another MediNest server running on this data? Stop it, or set EMBEDDED_DB_PORT (and another DATA_DIR) to run a second one.`);
}

const database = env.embeddedDatabase ? await openScriptDatabase(env, { migrate: true }) : undefined;
if (database) {
  const summary = await seedDatabase(database.db, { production: env.NODE_ENV === 'production', withDevAccounts: env.NODE_ENV !== 'production', log: (line) => console.log(line) });
  if (summary.skipped) console.log(`Embedded database ready in ${path.resolve(env.DATA_DIR, 'pglite')}.`);
  // The embedded server takes one connection at a time (see db/embedded.ts): hand it to Next.
  await database.releaseConnection();
}

// With no eSewa configured (development only), payments go to the local sandbox served from here.
const esewaSandbox = env.esewaSandbox
  ? await startEsewaSandbox({ port: env.ESEWA_SANDBOX_PORT, productCode: env.ESEWA_PRODUCT_CODE, secretKey: env.ESEWA_SECRET_KEY })
  : undefined;
if (esewaSandbox) console.log(`Local eSewa sandbox on ${esewaSandbox.origin} (set ESEWA_FORM_URL to use eSewa's UAT site instead).`);
// Likewise Khalti: env-schema points KHALTI_BASE_URL here when it is not set (never in production).
const khaltiSandbox = env.khaltiSandbox ? await startKhaltiSandbox({ port: env.KHALTI_SANDBOX_PORT, secretKey: env.KHALTI_SECRET_KEY! }) : undefined;
if (khaltiSandbox) console.log(`Local Khalti sandbox on ${khaltiSandbox.origin} (set KHALTI_BASE_URL and KHALTI_SECRET_KEY to use Khalti's sandbox instead).`);

const child = spawn(path.join('node_modules', '.bin', command), args, {
  stdio: 'inherit',
  env: { ...childEnv, EMBEDDED_DB_PORT: String(env.EMBEDDED_DB_PORT), AUTH_TRUST_HOST: process.env.AUTH_TRUST_HOST ?? 'true' },
});

let stopping = false;
async function shutdown(code: number) {
  if (stopping) return;
  stopping = true;
  await database?.close().catch(() => {});
  await esewaSandbox?.close().catch(() => {});
  await khaltiSandbox?.close().catch(() => {});
  process.exit(code);
}
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    child.kill(signal);
  });
}
child.on('exit', (code, signal) => void shutdown(code ?? (signal ? 1 : 0)));
