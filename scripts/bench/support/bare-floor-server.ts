import { createServer } from 'node:http';
import postgres from 'postgres';

/**
 * The floor every page is compared with: a bare Node `http` server doing the same primary-key
 * lookup as the app's baseline page, with postgres.js and the same pool size, answering a line of
 * HTML. Run as its own process (like `next start`) by scripts/bench/catalog.ts:
 * `tsx bare-floor-server.ts <port>` with DATABASE_URL set. Nothing else: no framework, no session,
 * no layout — the gap to it is what the app adds.
 */
const port = Number(process.argv[2]);
const sql = postgres(process.env.DATABASE_URL!, { max: Number(process.env.DATABASE_POOL_MAX ?? 10) });
const escape = (text: string) => text.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);

createServer((request, response) => {
  const id = Number(new URL(request.url ?? '/', 'http://floor').searchParams.get('id'));
  sql`select id, brand_name from products where id = ${id}`
    .then(([row]) => {
      response.writeHead(row ? 200 : 404, { 'content-type': 'text/html; charset=utf-8' });
      response.end(row ? `<!doctype html><p>${row.id}: ${escape(String(row.brand_name))}</p>` : 'not found');
    })
    .catch((error: unknown) => {
      response.writeHead(500).end(String(error));
    });
}).listen(port, '127.0.0.1', () => console.log(`bare floor listening on ${port}`));
