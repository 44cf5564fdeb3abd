import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import net from 'node:net';
import { freePort } from './test-database';

/**
 * A redis-server of the test's own, on its own port and with nothing saved to disk, so a test can
 * stop and start a real Redis without touching the shared one.
 */
export type RedisServer = { port: number; url: string; stop(): Promise<void>; start(): Promise<void> };

const BINARY = process.env.REDIS_SERVER_BIN ?? 'redis-server';

export async function startRedisServer(options: { port?: number } = {}): Promise<RedisServer> {
  if (spawnSync(BINARY, ['--version']).status !== 0) {
    throw new Error(`${BINARY} not found: install Redis (apt-get install redis-server) or set REDIS_SERVER_BIN.`);
  }
  const port = options.port ?? (await freePort());
  let child: ChildProcess | undefined;

  const server: RedisServer = {
    port,
    url: `redis://127.0.0.1:${port}`,
    async start() {
      const started = spawn(BINARY, ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--protected-mode', 'no'], { stdio: 'ignore' });
      child = started;
      await waitUntilListening(port, started);
    },
    async stop() {
      const running = child;
      child = undefined;
      if (!running || running.exitCode !== null) return;
      const exited = new Promise<void>((resolve) => running.once('exit', () => resolve()));
      running.kill('SIGKILL');
      await exited;
    },
  };
  await server.start();
  return server;
}

async function waitUntilListening(port: number, child: ChildProcess): Promise<void> {
  const deadline = Date.now() + 10_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`redis-server exited with code ${child.exitCode} (is port ${port} taken?)`);
    if (await answersPing(port)) return;
    await new Promise((r) => setTimeout(r, 25));
  }
  child.kill('SIGKILL');
  throw new Error(`redis-server did not answer on port ${port} within 10 s`);
}

function answersPing(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect(port, '127.0.0.1');
    socket.setTimeout(500);
    socket.once('connect', () => socket.write('PING\r\n'));
    socket.once('data', (data) => {
      socket.destroy();
      resolve(data.toString().startsWith('+PONG'));
    });
    socket.once('error', () => resolve(false));
    socket.once('timeout', () => {
      socket.destroy();
      resolve(false);
    });
  });
}
