import { randomBytes, timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Redis } from 'ioredis';

/**
 * An Upstash-REST-compatible front for a real Redis, so `@upstash/redis` runs its own code path in
 * tests. It speaks what the SDK (1.39) sends: POST / with one command, POST /pipeline and
 * /multi-exec with a list of commands, a Bearer token, and `Upstash-Encoding: base64`, which asks
 * for every string in a result to be base64 (the SDK decodes them and keeps a bare "OK" as is).
 */
export interface UpstashBridge {
  url: string;
  token: string;
  stop(): Promise<void>;
}

export interface UpstashBridgeOptions {
  redisUrl?: string;
  token?: string;
  /** 0 picks a free port. */
  port?: number;
}

type Command = [string, ...string[]];
type Reply = { result: unknown } | { error: string };

export async function startUpstashBridge(options: UpstashBridgeOptions = {}): Promise<UpstashBridge> {
  const token = options.token ?? randomBytes(16).toString('hex');
  const redis = new Redis(options.redisUrl ?? 'redis://127.0.0.1:6379', {
    // Fail a command after one reconnect attempt so "Redis is down" surfaces as an error, not a hang.
    maxRetriesPerRequest: 1,
    retryStrategy: (attempt) => Math.min(attempt * 50, 500),
  });
  // Connection errors reach callers through their commands; without a listener ioredis logs each one.
  redis.on('error', () => {});

  const server = createServer((request, response) => {
    handle(redis, token, request, response).catch((error: unknown) => {
      send(response, 500, { error: error instanceof Error ? error.message : String(error) });
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', resolve);
  });
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${port}`,
    token,
    async stop() {
      // The SDK keeps connections alive; close them or server.close() waits for them.
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      redis.disconnect();
    },
  };
}

async function handle(redis: Redis, token: string, request: IncomingMessage, response: ServerResponse) {
  if (request.method !== 'POST') return send(response, 405, { error: 'Only POST is supported' });
  if (!hasToken(request.headers.authorization, token)) return send(response, 401, { error: 'Unauthorized' });
  const base64 = String(request.headers['upstash-encoding']).toLowerCase() === 'base64';
  const encode = (reply: Reply): Reply => ('result' in reply && base64 ? { result: toBase64(reply.result) } : reply);

  let body: unknown;
  try {
    body = JSON.parse(await readBody(request));
  } catch {
    return send(response, 400, { error: 'Request body is not JSON' });
  }
  const path = new URL(request.url ?? '/', 'http://bridge').pathname;

  if (path === '/') {
    const command = toCommand(body);
    if (!command) return send(response, 400, { error: 'Expected a command array' });
    const reply = await run(() => redis.call(...command));
    return send(response, 'error' in reply ? 400 : 200, encode(reply));
  }
  if (path === '/pipeline' || path === '/multi-exec') {
    const commands = Array.isArray(body) ? body.map(toCommand) : [];
    if (commands.length === 0 || commands.includes(null)) return send(response, 400, { error: 'Expected an array of commands' });
    const batch = path === '/pipeline' ? redis.pipeline() : redis.multi();
    for (const command of commands as Command[]) batch.call(...command);
    let results: [Error | null, unknown][] | null;
    try {
      results = await batch.exec();
    } catch (error) {
      return send(response, 400, { error: (error as Error).message });
    }
    if (!results) return send(response, 400, { error: 'Transaction aborted' });
    return send(response, 200, results.map(([error, result]) => encode(error ? { error: error.message } : { result })));
  }
  return send(response, 404, { error: `Unknown path ${path}` });
}

function hasToken(header: string | undefined, token: string): boolean {
  const given = Buffer.from(header ?? '');
  const expected = Buffer.from(`Bearer ${token}`);
  return given.length === expected.length && timingSafeEqual(given, expected);
}

function toCommand(value: unknown): Command | null {
  if (!Array.isArray(value) || typeof value[0] !== 'string') return null;
  // The SDK sends numbers and booleans as JSON literals; Redis wants every argument as a string.
  const [name, ...args] = value;
  return [name, ...args.map(String)];
}

async function run(command: () => Promise<unknown>): Promise<Reply> {
  try {
    return { result: await command() };
  } catch (error) {
    return { error: (error as Error).message };
  }
}

function toBase64(value: unknown): unknown {
  if (typeof value === 'string') return Buffer.from(value, 'utf8').toString('base64');
  if (Array.isArray(value)) return value.map(toBase64);
  return value ?? null;
}

function readBody(request: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    request.on('error', reject);
  });
}

function send(response: ServerResponse, status: number, body: unknown): void {
  response.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
}
