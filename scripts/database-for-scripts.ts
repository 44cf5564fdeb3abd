import net from 'node:net';
import { createDatabase, embeddedDatabaseUrl, type Database } from '@/db/connection';
import { EmbeddedDatabaseInUseError, startEmbeddedDatabase, type EmbeddedDatabase } from '@/db/embedded';
import { applyMigrations } from '@/db/migrate';
import type { ServerEnv } from '@/lib/env-schema';

/**
 * Scripts reach the configured database. Without DATABASE_URL they use the embedded one: through
 * its socket if a running app owns it, or by owning it themselves for the script's duration.
 */
export type ScriptDatabase = {
  db: Database;
  embedded?: EmbeddedDatabase;
  /** Ends this process's connection but keeps an embedded server running for another process. */
  releaseConnection: () => Promise<void>;
  close: () => Promise<void>;
};

export function portInUse(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ port, host: '127.0.0.1' });
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

export async function openScriptDatabase(env: ServerEnv, options: { migrate?: boolean } = {}): Promise<ScriptDatabase> {
  let embedded: EmbeddedDatabase | undefined;
  if (env.embeddedDatabase && !(await portInUse(env.EMBEDDED_DB_PORT))) {
    try {
      embedded = await startEmbeddedDatabase({ dataDir: env.DATA_DIR, port: env.EMBEDDED_DB_PORT });
    } catch (error) {
      // Another process owns the folder (on another port): say so, without a stack trace.
      if (!(error instanceof EmbeddedDatabaseInUseError)) throw error;
      console.error(`\n${error.message}\n`);
      process.exit(1);
    }
  }
  const url = env.DATABASE_URL ?? embeddedDatabaseUrl(env.EMBEDDED_DB_PORT);
  const { db, client } = createDatabase({ url, embedded: env.embeddedDatabase, poolMax: 4 });
  if (options.migrate ?? env.embeddedDatabase) await applyMigrations(db);
  let released = false;
  const releaseConnection = async () => {
    if (released) return;
    released = true;
    await client.end({ timeout: 5 });
  };
  return {
    db,
    embedded,
    releaseConnection,
    async close() {
      await releaseConnection();
      await embedded?.stop();
    },
  };
}
