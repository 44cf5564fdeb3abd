import { createBackup } from '@/lib/backup/create-backup';
import { backupEnvOrExit, runOrExit } from './backup-cli';
import { portInUse } from './database-for-scripts';

/** `npm run db:backup`: see lib/backup/create-backup.ts and README "Backups". */
const env = backupEnvOrExit();
await runOrExit(async () => {
  if (env.NODE_ENV === 'production' && !env.BACKUP_ENCRYPTION_KEY) console.warn('BACKUP_ENCRYPTION_KEY is not set: this archive is not encrypted.');
  const result = await createBackup(env, { portInUse });
  console.log(`Backup written: ${result.file} (${result.bytes} bytes; ${result.database} database, ${result.files} uploaded files${result.encrypted ? ', encrypted' : ''}).`);
  for (const name of result.pruned) console.log(`Deleted old backup ${name} (BACKUP_KEEP=${env.BACKUP_KEEP}).`);
});
