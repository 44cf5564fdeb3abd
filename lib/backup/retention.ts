import { readdirSync, rmSync } from 'node:fs';
import path from 'node:path';

export const ARCHIVE_PATTERN = /^medinest-\d{8}T\d{9}Z\.mnbak$/;

/** `medinest-20261202T043000123Z.mnbak` (to the millisecond): sorts by time as text. */
export function archiveName(now: Date): string {
  return `medinest-${now.toISOString().replace(/[-:.]/g, '')}.mnbak`;
}

/** Deletes all but the newest `keep` archives in the folder; other files are left alone. */
export function pruneArchives(folder: string, keep: number): string[] {
  const archives = readdirSync(folder).filter((name) => ARCHIVE_PATTERN.test(name)).sort();
  const doomed = archives.slice(0, Math.max(0, archives.length - keep));
  for (const name of doomed) rmSync(path.join(folder, name), { force: true });
  return doomed;
}
