import { ArchiveFormatError } from '@/lib/backup/archive';
import { TruncatedError } from '@/lib/backup/byte-reader';
import { DamagedBackupError, WrongBackupKeyError } from '@/lib/backup/encryption';
import { BackupRefusedError } from '@/lib/backup/errors';
import { ConfigurationError, parseBackupEnv, type BackupEnv } from '@/lib/env-schema';

/** Shared by db:backup and db:restore: configuration, and a plain message (no stack) for what the operator can fix. */
export function backupEnvOrExit(): BackupEnv {
  try {
    return parseBackupEnv(process.env);
  } catch (error) {
    if (error instanceof ConfigurationError) {
      console.error(`\n${error.message}\n`);
      process.exit(1);
    }
    throw error;
  }
}

const EXPECTED = [BackupRefusedError, WrongBackupKeyError, DamagedBackupError, ArchiveFormatError, TruncatedError];

export async function runOrExit(work: () => Promise<void>): Promise<never> {
  try {
    await work();
    process.exit(0);
  } catch (error) {
    if (EXPECTED.some((kind) => error instanceof kind)) {
      console.error(`\n${(error as Error).message}\n`);
      process.exit(1);
    }
    throw error;
  }
}
