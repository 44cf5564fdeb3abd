import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { isKhaltiStatus } from '@/lib/payments/khalti';
import { KhaltiSandboxLedger, type KhaltiLookupOverride, type KhaltiSandboxSession } from './ledger';
import { khaltiErrorPage, khaltiPaymentPage } from './pages';

const API = '/api/v2/epayment/';
const CONTROL_PATH = '/__sandbox/control';
// Khalti's documented sample answers expires_in 1800: the 30 minutes an unpaid order holds stock.
const DEFAULT_LIFETIME_MS = 30 * 60_000;

export type KhaltiSandboxOptions = { port?: number; host?: string; secretKey: string; lifetimeMs?: number };
export type KhaltiSandbox = { origin: string; baseUrl: string; controlUrl: string; ledger: KhaltiSandboxLedger; close: () => Promise<void> };

async function readBody(request: IncomingMessage): Promise<string> {
  let body = '';
  for await (const chunk of request) {
    body += chunk;
    if (body.length > 64 * 1024) throw new Error('body too large');
  }
  return body;
}

function json(response: ServerResponse, status: number, body: unknown) {
  response.writeHead(status, { 'content-type': 'application/json', 'cache-control': 'no-store' });
  response.end(JSON.stringify(body));
}

function html(response: ServerResponse, status: number, body: string) {
  response.writeHead(status, {
    'content-type': 'text/html; charset=utf-8',
    'cache-control': 'no-store',
    'content-security-policy': "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'",
  });
  response.end(body);
}

function redirect(response: ServerResponse, location: string) {
  response.writeHead(302, { location, 'cache-control': 'no-store' });
  response.end();
}

const isUrl = (value: unknown) => {
  try {
    return typeof value === 'string' && /^https?:$/.test(new URL(value).protocol);
  } catch {
    return false;
  }
};

/** Khalti's validation: field → messages, plus error_key (PAYMENTS.md 4). */
function validateInitiate(body: Record<string, unknown>): Record<string, string[]> | null {
  const errors: Record<string, string[]> = {};
  if (!isUrl(body.return_url)) errors.return_url = ['Enter a valid URL.'];
  if (!isUrl(body.website_url)) errors.website_url = ['Enter a valid URL.'];
  if (typeof body.amount !== 'number' || !Number.isInteger(body.amount)) errors.amount = ['A valid integer is required.'];
  else if (body.amount < 1000) errors.amount = ['Amount should be greater than Rs. 10, that is 1000 paisa.'];
  if (typeof body.purchase_order_id !== 'string' || body.purchase_order_id.trim() === '') errors.purchase_order_id = ['This field may not be blank.'];
  if (typeof body.purchase_order_name !== 'string' || body.purchase_order_name.trim() === '') errors.purchase_order_name = ['This field may not be blank.'];
  return Object.keys(errors).length > 0 ? errors : null;
}

function lookupBody(session: KhaltiSandboxSession, status = session.status) {
  return {
    pidx: session.pidx,
    total_amount: session.amountPaisa,
    status,
    transaction_id: status === 'Completed' || status === 'Refunded' || status === 'Partially refunded' ? session.transactionId : null,
    fee: 0,
    refunded: status === 'Refunded' || status === 'Partially refunded',
  };
}

/** Khalti's browser return: the query parameters its docs list, none of them signed. */
function returnLocation(session: KhaltiSandboxSession): string {
  const url = new URL(session.returnUrl);
  const paid = session.status === 'Completed';
  const params: Record<string, string> = {
    pidx: session.pidx,
    transaction_id: paid ? (session.transactionId ?? '') : '',
    tidx: paid ? (session.transactionId ?? '') : '',
    txnId: paid ? (session.transactionId ?? '') : '',
    amount: String(session.amountPaisa),
    total_amount: String(session.amountPaisa),
    mobile: paid ? '98XXXXX000' : '',
    status: session.status,
    purchase_order_id: session.purchaseOrderId,
    purchase_order_name: session.purchaseOrderName,
  };
  for (const [name, value] of Object.entries(params)) url.searchParams.set(name, value);
  return url.toString();
}

function control(ledger: KhaltiSandboxLedger, command: Record<string, unknown>): unknown {
  const pidx = typeof command.pidx === 'string' ? command.pidx : '*';
  switch (command.action) {
    case 'override': {
      const answer = command.answer;
      if (answer !== null && answer !== 'outage' && answer !== 'http_500' && !isKhaltiStatus(answer)) throw new Error('bad answer');
      ledger.override(pidx, answer as KhaltiLookupOverride | null);
      return { ok: true };
    }
    case 'set-status':
      if (!isKhaltiStatus(command.status)) throw new Error('bad status');
      return { ok: Boolean(ledger.setStatus(pidx, command.status)) };
    case 'complete':
      return { ok: Boolean(ledger.complete(pidx)) };
    case 'set-amount': {
      // Khalti's books disagreeing with ours: lookup then reports this amount.
      const session = ledger.get(pidx);
      if (!session || !Number.isSafeInteger(command.amountPaisa)) return { ok: false };
      session.amountPaisa = command.amountPaisa as number;
      return { ok: true };
    }
    case 'expire':
      return { ok: Boolean(ledger.expire(pidx)) };
    case 'initiate-outage':
      ledger.initiateOutage = command.on === true;
      return { ok: true };
    case 'delay':
      ledger.lookupDelayMs = Math.max(0, Math.min(Number(command.ms) || 0, 60_000));
      return { ok: true };
    case 'reset':
      ledger.reset();
      return { ok: true };
    case 'list':
      return { sessions: ledger.list() };
    default:
      throw new Error('unknown action');
  }
}

/**
 * A local stand-in for Khalti's KPG-2 sandbox (initiate, lookup and the hosted payment page),
 * for development and tests only. It refuses to start in production.
 */
export async function startKhaltiSandbox(options: KhaltiSandboxOptions): Promise<KhaltiSandbox> {
  // Read directly on purpose: no caller-supplied setting may switch this guard off.
  if (process.env.NODE_ENV === 'production') throw new Error('The local Khalti sandbox cannot run with NODE_ENV=production.');
  const ledger = new KhaltiSandboxLedger(options.lifetimeMs ?? DEFAULT_LIFETIME_MS);
  let origin = '';
  const authorized = (request: IncomingMessage) => request.headers.authorization === `Key ${options.secretKey}`;

  const server = createServer((request, response) => {
    void (async () => {
      const url = new URL(request.url ?? '/', 'http://sandbox.local');
      if (request.method === 'POST' && url.pathname.startsWith(API)) {
        const header = request.headers.authorization;
        if (!header?.startsWith('Key ')) return json(response, 401, { detail: 'Authentication credentials were not provided.', status_code: 401 });
        if (!authorized(request)) return json(response, 401, { detail: 'Invalid token.', status_code: 401 });
        const body = JSON.parse((await readBody(request)) || '{}') as Record<string, unknown>;
        if (url.pathname === `${API}initiate/`) {
          if (ledger.initiateOutage) return html(response, 503, '<h1>Service Unavailable</h1>');
          await ledger.onInitiate?.();
          const errors = validateInitiate(body);
          if (errors) return json(response, 400, { ...errors, error_key: 'validation_error' });
          const session = ledger.open({
            purchaseOrderId: String(body.purchase_order_id),
            purchaseOrderName: String(body.purchase_order_name),
            amountPaisa: body.amount as number,
            returnUrl: String(body.return_url),
            websiteUrl: String(body.website_url),
          });
          return json(response, 200, {
            pidx: session.pidx,
            payment_url: `${origin}/pay/?pidx=${session.pidx}`,
            expires_at: session.expiresAt.toISOString(),
            expires_in: Math.round((session.expiresAt.getTime() - Date.now()) / 1000),
          });
        }
        if (url.pathname === `${API}lookup/`) {
          if (ledger.lookupDelayMs > 0) await new Promise((resolve) => setTimeout(resolve, ledger.lookupDelayMs));
          const pidx = typeof body.pidx === 'string' ? body.pidx : '';
          const forced = ledger.overrideFor(pidx);
          if (forced === 'outage') return html(response, 503, '<h1>Service Unavailable</h1>');
          if (forced === 'http_500') return json(response, 500, { detail: 'Server error' });
          const session = ledger.get(pidx);
          if (!session) return json(response, 404, { detail: 'Not found.', error_key: 'validation_error' });
          const status = forced ?? session.status;
          // Khalti answers Expired and User canceled with HTTP 400 (PAYMENTS.md 4).
          return json(response, status === 'Expired' || status === 'User canceled' ? 400 : 200, lookupBody(session, status));
        }
        return json(response, 404, { detail: 'Not found.' });
      }
      if (request.method === 'GET' && (url.pathname === '/pay/' || url.pathname === '/pay')) {
        const session = ledger.get(url.searchParams.get('pidx') ?? '');
        if (!session) return html(response, 404, khaltiErrorPage('This payment link is not valid.'));
        if (session.status === 'Expired') return html(response, 410, khaltiErrorPage('This payment link has expired.'));
        if (session.status !== 'Initiated' && session.status !== 'Pending') return html(response, 409, khaltiErrorPage('This payment has already been processed.'));
        return html(response, 200, khaltiPaymentPage(session));
      }
      if (request.method === 'POST' && (url.pathname === '/pay/confirm' || url.pathname === '/pay/cancel')) {
        const pidx = new URLSearchParams(await readBody(request)).get('pidx') ?? '';
        const session = ledger.get(pidx);
        if (!session) return html(response, 404, khaltiErrorPage('This payment link is not valid.'));
        if (session.status !== 'Initiated' && session.status !== 'Pending') return html(response, 409, khaltiErrorPage('This payment link can no longer be used.'));
        if (url.pathname.endsWith('/cancel')) ledger.setStatus(pidx, 'User canceled');
        else ledger.complete(pidx);
        return redirect(response, returnLocation(session));
      }
      if (request.method === 'POST' && url.pathname === CONTROL_PATH) {
        return json(response, 200, control(ledger, JSON.parse(await readBody(request)) as Record<string, unknown>));
      }
      return html(response, 404, khaltiErrorPage('Not found'));
    })().catch((error: unknown) => {
      if (!response.headersSent) json(response, 400, { error: error instanceof Error ? error.message : 'bad request' });
    });
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, options.host ?? '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  origin = `http://${options.host ?? '127.0.0.1'}:${port}`;
  return {
    origin,
    baseUrl: `${origin}/api/v2/`,
    controlUrl: `${origin}${CONTROL_PATH}`,
    ledger,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
