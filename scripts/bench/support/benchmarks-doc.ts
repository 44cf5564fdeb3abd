import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/**
 * Replaces one `## <title>` section of docs/BENCHMARKS.md, leaving the others (each bench owns its
 * own section) as they are.
 */
export function writeBenchmarkSection(title: string, body: string, file = path.resolve('docs', 'BENCHMARKS.md')): void {
  const header = '# Benchmarks\n\nFigures from `npm run bench` on the development machine (2 cores). Each section is rewritten by its benchmark.\n';
  const current = existsSync(file) ? readFileSync(file, 'utf8') : header;
  const section = `## ${title}\n\n${body.trim()}\n`;
  const pattern = new RegExp(`^## ${title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\n[\\s\\S]*?(?=^## |(?![\\s\\S]))`, 'm');
  const next = pattern.test(current) ? current.replace(pattern, `${section}\n`) : `${current.trimEnd()}\n\n${section}`;
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, `${next.trimEnd()}\n`);
}
