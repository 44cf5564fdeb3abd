import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import path from 'node:path';

/**
 * `npm run bench`: runs every benchmark in scripts/bench (each `*.ts` file beside this one; helpers
 * live in support/), one after another, each in its own process. Exits non-zero if any failed.
 */
const dir = path.dirname(new URL(import.meta.url).pathname);
const only = process.argv.slice(2);
const benches = readdirSync(dir)
  .filter((f) => f.endsWith('.ts') && f !== 'index.ts' && !f.endsWith('.test.ts'))
  .map((f) => f.replace(/\.ts$/, ''))
  .filter((name) => only.length === 0 || only.includes(name))
  .sort();

if (benches.length === 0) {
  console.error(`No benchmarks found in ${dir}${only.length ? ` matching ${only.join(', ')}` : ''}.`);
  process.exit(1);
}

const failed: string[] = [];
for (const name of benches) {
  console.log(`\n=== bench: ${name} ===`);
  const run = spawnSync('npx', ['tsx', '--conditions=react-server', path.join(dir, `${name}.ts`)], { stdio: 'inherit' });
  if (run.status !== 0) failed.push(name);
}
if (failed.length > 0) {
  console.error(`\nFailed: ${failed.join(', ')}`);
  process.exit(1);
}
console.log(`\nAll benchmarks ran: ${benches.join(', ')}`);
