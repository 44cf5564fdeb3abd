import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import postgres from 'postgres';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort } from '@/test-support/test-database';
import { embeddedDatabaseUrl } from './connection';
import { startEmbeddedDatabase, type EmbeddedDatabase } from './embedded';

// Several processes (the app, scripts, tests) reach one PGlite through the socket at once.
describe('the embedded database with several client connections', () => {
  let dataDir: string;
  let server: EmbeddedDatabase;
  let clients: postgres.Sql[];

  beforeAll(async () => {
    dataDir = mkdtempSync(path.join(os.tmpdir(), 'medinest-embedded-'));
    server = await startEmbeddedDatabase({ dataDir, port: await freePort() });
    clients = Array.from({ length: 4 }, () => postgres(embeddedDatabaseUrl(server.port), { max: 1, prepare: false, onnotice: () => {} }));
    await clients[0]!.unsafe('create table stock (id int primary key, quantity int not null check (quantity >= 0))');
    await clients[0]!.unsafe('insert into stock values (1, 25)');
  });

  afterAll(async () => {
    await Promise.all(clients.map((c) => c.end({ timeout: 2 })));
    await server.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('gives every client the answers to its own parameterised queries while they interleave', async () => {
    const runs = clients.flatMap((sql, c) =>
      Array.from({ length: 60 }, async (_, i) => {
        const [row] = await sql`select ${`client-${c}-query-${i}`}::text as tag, ${i}::int * 2 as doubled`;
        return row!.tag === `client-${c}-query-${i}` && row!.doubled === i * 2;
      }),
    );
    const results = await Promise.all(runs);
    expect(results.every(Boolean)).toBe(true);
    expect(results).toHaveLength(240);
  });

  it('keeps transactions from different clients apart, so row locks never oversell', async () => {
    const attempts = clients.flatMap((sql) =>
      Array.from({ length: 20 }, () =>
        sql.begin(async (tx) => {
          const [row] = await tx`select quantity from stock where id = 1 for update`;
          if (row!.quantity < 1) return false;
          await tx`update stock set quantity = quantity - 1 where id = 1`;
          return true;
        }),
      ),
    );
    const sold = (await Promise.all(attempts)).filter(Boolean).length;
    const [after] = await clients[1]!`select quantity from stock where id = 1`;
    expect(sold).toBe(25);
    expect(after!.quantity).toBe(0);
  });

  it('frees the database when a client leaves in the middle of a transaction', async () => {
    const leaving = postgres(embeddedDatabaseUrl(server.port), { max: 1, prepare: false, onnotice: () => {} });
    const reserved = await leaving.reserve();
    await reserved`begin`;
    await reserved`update stock set quantity = 99 where id = 1`;
    await leaving.end({ timeout: 0 });
    const [row] = await clients[2]!`select quantity from stock where id = 1`;
    expect(row!.quantity).toBe(0);
  });
});
