import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { untilHealthy, type RunningServer } from './server';

/**
 * A Next app with nothing in it, of the same Next and React as the shop, built and started in the
 * same run: what Next itself costs here for a page rendered per request (`/`, like the shop's
 * signed-in pages) and for a prerendered one (`/prerendered`, like a cached catalog page), so the
 * shop's figures can be read against the most any Next page could do on this machine.
 */
const FILES: Record<string, string> = {
  'package.json': JSON.stringify({ name: 'bare-next', private: true }),
  'next.config.mjs': 'export default {};\n',
  'app/layout.tsx': `export default function Layout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="en">
      <body>{children}</body>
    </html>
  );
}
`,
  'app/page.tsx': `import { connection } from 'next/server';

export default async function Page() {
  await connection();
  return <p>Rendered at {Date.now()}</p>;
}
`,
  'app/prerendered/page.tsx': `export default function Page() {
  return <p>Prerendered</p>;
}
`,
};

export const BARE_NEXT_DYNAMIC = '/';
export const BARE_NEXT_PRERENDERED = '/prerendered';

/** Builds the bare app in a folder of its own; `node_modules` is hard-linked from the shop's (Turbopack resolves only inside the app's folder). */
export function buildBareNext(): { dir: string; remove: () => void } {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'medinest-bench-bare-next-'));
  const remove = () => rmSync(dir, { recursive: true, force: true });
  try {
    for (const [file, text] of Object.entries(FILES)) {
      mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
      writeFileSync(path.join(dir, file), text);
    }
    const link = spawnSync('cp', ['-al', path.resolve('node_modules'), path.join(dir, 'node_modules')], { stdio: 'inherit' });
    if (link.status !== 0) throw new Error('could not hard-link node_modules for the bare Next app (is the temporary folder on another file system?)');
    const build = spawnSync(path.join(dir, 'node_modules', '.bin', 'next'), ['build'], { cwd: dir, stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, NODE_ENV: 'production', NEXT_TELEMETRY_DISABLED: '1' } });
    if (build.status !== 0) throw new Error(`the bare Next app's build failed with status ${build.status}`);
    return { dir, remove };
  } catch (error) {
    remove();
    throw error;
  }
}

export async function startBareNext(dir: string, port: number): Promise<RunningServer> {
  const child = spawn(path.join(dir, 'node_modules', '.bin', 'next'), ['start', '-p', String(port), '-H', '127.0.0.1'], {
    cwd: dir,
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, NODE_ENV: 'production', NEXT_TELEMETRY_DISABLED: '1' },
  });
  return untilHealthy(child, `http://127.0.0.1:${port}`, BARE_NEXT_PRERENDERED);
}
