import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { BackupRefusedError } from './errors';

/** What of DATA_DIR a backup holds besides the database: uploaded files and development secrets. */
export const SECRETS_FILE = 'dev-secrets.json';
const UPLOADS = 'uploads';
// Names inside the archive: `dev-secrets.json` or `uploads/<path>` of plain segments.
const ARCHIVED_NAME = /^(dev-secrets\.json|uploads(\/[A-Za-z0-9._-]+)+)$/;

/** Every uploaded file under DATA_DIR/uploads, as archive names; half-written `.tmp` files are skipped. */
export function uploadedFiles(dataDir: string): string[] {
  const root = path.resolve(dataDir, UPLOADS);
  if (!existsSync(root)) return [];
  const names: string[] = [];
  const walk = (folder: string, prefix: string) => {
    for (const entry of readdirSync(folder, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      if (entry.isDirectory()) walk(path.join(folder, entry.name), `${prefix}/${entry.name}`);
      else if (entry.isFile() && !entry.name.endsWith('.tmp')) names.push(`${prefix}/${entry.name}`);
    }
  };
  walk(root, UPLOADS);
  return names;
}

/** Where an archived name is restored to; refuses any name that could leave DATA_DIR. */
export function restoredPath(dataDir: string, name: string): string {
  if (!ARCHIVED_NAME.test(name) || name.split('/').some((segment) => segment === '..' || segment === '.')) {
    throw new BackupRefusedError(`The archive holds a file named "${name}", which a MediNest backup never writes; nothing was restored.`);
  }
  return path.join(path.resolve(dataDir), ...name.split('/'));
}

/** A restore goes into a data folder that does not exist yet or is empty. */
export function refuseNonEmptyDataFolder(dataDir: string): void {
  const folder = path.resolve(dataDir);
  if (existsSync(folder) && readdirSync(folder).length > 0) {
    throw new BackupRefusedError(`DATA_DIR ${folder} is not empty. A restore only writes into a new or empty data folder: point DATA_DIR at one.`);
  }
}
