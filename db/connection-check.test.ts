import { describe, expect, it } from 'vitest';
import { freePort } from '@/test-support/test-database';
import { databaseProblem } from './connection-check';

const realServer = process.env.TEST_SERVER_URL;

describe('the database check at start-up', () => {
  it('names host, port and the reason when nothing listens there', async () => {
    const port = await freePort();
    const problem = await databaseProblem(`postgres://medinest:secret@127.0.0.1:${port}/medinest`);
    expect(problem).toContain(`host 127.0.0.1, port ${port}, database medinest, user medinest`);
    expect(problem).toContain('connection refused');
    expect(problem).toContain('ECONNREFUSED');
    expect(problem).not.toContain('secret');
  });

  it('says when the host name does not resolve', async () => {
    const problem = await databaseProblem('postgres://postgres@no-such-host.invalid:5432/medinest', { timeoutSeconds: 3 });
    expect(problem).toMatch(/host no-such-host\.invalid, port 5432.*(ENOTFOUND|EAI_AGAIN)/);
  });

  if (realServer)
    it('passes a database that answers and names a missing database', async () => {
      expect(await databaseProblem(realServer)).toBeNull();
      const missing = new URL(realServer);
      missing.pathname = '/medinest_no_such_database';
      expect(await databaseProblem(missing.toString())).toContain('no database of that name (3D000)');
    });
});
