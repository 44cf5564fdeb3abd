import { existsSync } from 'node:fs';
import path from 'node:path';
import { restoreBackup } from '@/lib/backup/restore-backup';
import { backupEnvOrExit, runOrExit } from './backup-cli';

/** `npm run db:restore FILE`: see lib/backup/restore-backup.ts and README "Backups". */
const env = backupEnvOrExit();
const file = process.argv[2];
if (!file || !existsSync(file)) {
  console.error(file ? `No such file: ${file}` : 'Usage: npm run db:restore -- <archive.mnbak>');
  process.exit(1);
}
await runOrExit(async () => {
  const result = await restoreBackup(file, env);
  const target = env.DATABASE_URL ? `the database in DATABASE_URL` : `the embedded database in ${path.resolve(env.DATA_DIR, 'pglite')}`;
  console.log(`Restored the backup of ${result.createdAt} into ${target} and ${path.resolve(env.DATA_DIR)} (${result.files} files).`);
  if (env.DATABASE_URL) console.log('Start the app on it as usual; `npm run db:migrate` brings it up to a newer version first.');
});
