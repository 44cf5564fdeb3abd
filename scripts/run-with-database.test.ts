import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { freePort } from '@/test-support/test-database';

/** `npm run dev` refusing to start: one plain message, no stack trace, a non-zero exit, and no server. */
const folders: string[] = [];
afterAll(() => folders.forEach((folder) => rmSync(folder, { recursive: true, force: true })));

async function startDev(env: Record<string, string>): Promise<{ code: number | null; output: string }> {
  const port = await freePort();
  return new Promise((resolve) => {
    const child = spawn(path.resolve('node_modules/.bin/tsx'), ['--conditions=react-server', 'scripts/run-with-database.ts', 'next', 'dev', '-p', String(port)], {
      env: { ...process.env, NODE_ENV: 'development', LOG_LEVEL: 'silent', DATABASE_URL: '', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    // Had it started a server, this stops it and the test fails on the exit code.
    const timer = setTimeout(() => child.kill('SIGKILL'), 60_000);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, output });
    });
  });
}

describe('npm run dev refuses to start', () => {
  it('when DATABASE_URL cannot be reached, naming host, port and the reason', async () => {
    const port = await freePort();
    const { code, output } = await startDev({ DATABASE_URL: `postgres://medinest@127.0.0.1:${port}/medinest` });
    expect(code).toBe(1);
    expect(output).toContain(`Cannot use the database in DATABASE_URL (host 127.0.0.1, port ${port}, database medinest, user medinest)`);
    expect(output).toContain('ECONNREFUSED');
    expect(output).not.toMatch(/\n\s+at /);
  });

  it('when another server owns the same embedded data, with that message only', async () => {
    const dataDir = mkdtempSync(path.join(os.tmpdir(), 'medinest-second-server-'));
    folders.push(dataDir);
    // This test's own process stands in for the first server: alive, and named in the lock.
    writeFileSync(path.join(dataDir, 'pglite.lock'), String(process.pid));
    const { code, output } = await startDev({ DATA_DIR: dataDir, EMBEDDED_DB_PORT: String(await freePort()) });
    expect(code).toBe(1);
    expect(output).toContain(`is already in use by process ${process.pid}`);
    expect(output).not.toMatch(/\n\s+at /);
  });
});
