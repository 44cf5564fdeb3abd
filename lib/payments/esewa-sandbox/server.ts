import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { encodeEsewaResponse, ESEWA_STATUSES, parseEsewaAmount, REQUEST_SIGNED_FIELD_NAMES, signaturesMatch, signingMessage, signMessage } from '@/lib/payments/esewa';
import { formatCallbackAmount, SandboxLedger, type StatusOverride } from './ledger';
import { errorPage, paymentPage } from './pages';

export const FORM_PATH = '/api/epay/main/v2/form';
export const STATUS_PATH = '/api/epay/transaction/status/';
const CONTROL_PATH = '/__sandbox/control';
const FIELDS = ['amount', 'tax_amount', 'product_service_charge', 'product_delivery_charge', 'total_amount', 'transaction_uuid', 'product_code', 'success_url', 'failure_url', 'signed_field_names', 'signature'] as const;

export type EsewaSandboxOptions = { port?: number; host?: string; productCode: string; secretKey: string; merchantName?: string };
export type EsewaSandbox = { origin: string; formUrl: string; statusUrl: string; controlUrl: string; ledger: SandboxLedger; close: () => Promise<void> };

async function readBody(request: IncomingMessage): Promise<string> {
  let body = '';
  for await (const chunk of request) {
    body += chunk;
    if (body.length > 64 * 1024) throw new Error('body too large');
  }
  return body;
}

function send(response: ServerResponse, status: number, type: 'html' | 'json', body: string) {
  response.writeHead(status, {
    'content-type': type === 'html' ? 'text/html; charset=utf-8' : 'application/json',
    'cache-control': 'no-store',
    // No form-action here: the browser must be free to follow our redirect back to the merchant.
    'content-security-policy': "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'",
  });
  response.end(body);
}

function redirect(response: ServerResponse, location: string) {
  response.writeHead(302, { location, 'cache-control': 'no-store' });
  response.end();
}

/** Checks a form post the way eSewa does: every field present, sums right, signature valid. */
function checkForm(fields: URLSearchParams, options: EsewaSandboxOptions): string | null {
  for (const name of FIELDS) if (!fields.get(name)) return `Missing field ${name}`;
  if (fields.get('product_code') !== options.productCode) return 'Unable to fetch merchant key';
  if (fields.get('signed_field_names') !== REQUEST_SIGNED_FIELD_NAMES.join(',')) return 'Invalid signed_field_names';
  const values = Object.fromEntries(REQUEST_SIGNED_FIELD_NAMES.map((n) => [n, fields.get(n) ?? '']));
  const expected = signMessage(signingMessage(REQUEST_SIGNED_FIELD_NAMES, values), options.secretKey);
  if (!signaturesMatch(expected, fields.get('signature') ?? '')) return 'ES104 Invalid payload signature';
  const parts = ['amount', 'tax_amount', 'product_service_charge', 'product_delivery_charge'].map((n) => parseEsewaAmount(fields.get(n)));
  const total = parseEsewaAmount(fields.get('total_amount'));
  if (total === null || total <= 0 || parts.some((p) => p === null) || parts.reduce<number>((a, p) => a + (p ?? 0), 0) !== total) return 'Total amount does not match its parts';
  if (!/^[A-Za-z0-9-]+$/.test(fields.get('transaction_uuid') ?? '')) return 'transaction_uuid may contain letters, digits and hyphens only';
  return null;
}

function statusBody(ledger: SandboxLedger, query: URLSearchParams, options: EsewaSandboxOptions): { status: number; body: string } {
  const uuid = query.get('transaction_uuid') ?? '';
  const forced: StatusOverride | undefined = ledger.overrideFor(uuid);
  if (forced === 'outage') return { status: 200, body: JSON.stringify({ code: 0, error_message: 'Service is currently unavailable' }) };
  if (forced === 'http_500') return { status: 500, body: 'Internal Server Error' };
  const transaction = ledger.get(uuid);
  const paisa = parseEsewaAmount(query.get('total_amount'));
  const matches = transaction && query.get('product_code') === options.productCode && paisa === transaction.amountPaisa;
  const status = forced ?? (matches ? transaction.status : 'NOT_FOUND');
  const refId = status === 'COMPLETE' || status.endsWith('REFUND') ? (transaction?.refId ?? null) : null;
  // eSewa sends total_amount as a JSON number with one decimal, which JSON.stringify cannot write.
  const amount = ((paisa ?? 0) / 100).toFixed(paisa !== null && paisa % 10 !== 0 ? 2 : 1);
  return {
    status: 200,
    body: `{"product_code":${JSON.stringify(query.get('product_code') ?? '')},"transaction_uuid":${JSON.stringify(uuid)},"total_amount":${amount},"status":"${status}","ref_id":${JSON.stringify(refId)}}`,
  };
}

/** Test control: {action: 'override'|'set-status'|'complete'|'delay'|'reset'|'list', ...}. */
function control(ledger: SandboxLedger, command: Record<string, unknown>): unknown {
  const uuid = typeof command.transactionUuid === 'string' ? command.transactionUuid : '*';
  switch (command.action) {
    case 'override': {
      const answer = command.answer;
      if (answer !== null && answer !== 'outage' && answer !== 'http_500' && !ESEWA_STATUSES.includes(answer as never)) throw new Error('bad answer');
      ledger.override(uuid, answer as StatusOverride | null);
      return { ok: true };
    }
    case 'set-status':
      return ledger.setStatus(uuid, command.status as never) ?? null;
    case 'complete':
      return ledger.complete(uuid) ?? null;
    case 'delay':
      ledger.statusDelayMs = Number(command.ms) || 0;
      return { ok: true };
    case 'reset':
      ledger.reset();
      return { ok: true };
    case 'list':
      return ledger.list();
    default:
      throw new Error('unknown action');
  }
}

/**
 * A local stand-in for eSewa's ePay v2 UAT site, for development and tests only. It refuses to
 * start in production, where a fake payment provider must never be reachable.
 */
export async function startEsewaSandbox(options: EsewaSandboxOptions): Promise<EsewaSandbox> {
  // Read directly on purpose: no caller-supplied setting may switch this guard off.
  if (process.env.NODE_ENV === 'production') throw new Error('The local eSewa sandbox cannot run with NODE_ENV=production.');
  const ledger = new SandboxLedger();
  const merchantName = options.merchantName ?? 'MediNest';

  const server = createServer((request, response) => {
    void (async () => {
      const url = new URL(request.url ?? '/', 'http://sandbox.local');
      if (request.method === 'POST' && url.pathname === FORM_PATH) {
        const fields = new URLSearchParams(await readBody(request));
        const problem = checkForm(fields, options);
        if (problem) return send(response, 400, 'html', errorPage('Error', problem));
        const opened = ledger.open({
          transactionUuid: fields.get('transaction_uuid') ?? '',
          productCode: fields.get('product_code') ?? '',
          totalAmount: fields.get('total_amount') ?? '',
          amountPaisa: parseEsewaAmount(fields.get('total_amount')) ?? 0,
          successUrl: fields.get('success_url') ?? '',
          failureUrl: fields.get('failure_url') ?? '',
        });
        if (!opened.ok) return send(response, 409, 'html', errorPage('Error', 'Duplicate transaction_uuid'));
        return send(response, 200, 'html', paymentPage(opened.transaction, merchantName));
      }
      if (request.method === 'POST' && (url.pathname === '/api/epay/main/v2/pay' || url.pathname === '/api/epay/main/v2/cancel')) {
        const uuid = new URLSearchParams(await readBody(request)).get('transaction_uuid') ?? '';
        const transaction = ledger.get(uuid);
        if (!transaction) return send(response, 404, 'html', errorPage('Error', 'Unknown transaction'));
        if (url.pathname.endsWith('/cancel')) {
          ledger.setStatus(uuid, 'CANCELED');
          return redirect(response, transaction.failureUrl);
        }
        const paid = ledger.complete(uuid)!;
        const data = encodeEsewaResponse(
          { transaction_code: paid.refId ?? '', status: 'COMPLETE', total_amount: formatCallbackAmount(paid.amountPaisa), transaction_uuid: uuid, product_code: paid.productCode },
          options.secretKey,
        );
        // eSewa appends "?data=" even to a URL that already has a query (PAYMENTS.md 1.5); so do we.
        return redirect(response, `${paid.successUrl}?data=${encodeURIComponent(data)}`);
      }
      if (request.method === 'GET' && (url.pathname === STATUS_PATH || url.pathname === STATUS_PATH.slice(0, -1))) {
        if (ledger.statusDelayMs > 0) await new Promise((resolve) => setTimeout(resolve, ledger.statusDelayMs));
        const answer = statusBody(ledger, url.searchParams, options);
        return send(response, answer.status, 'json', answer.body);
      }
      if (request.method === 'POST' && url.pathname === CONTROL_PATH) {
        return send(response, 200, 'json', JSON.stringify(control(ledger, JSON.parse(await readBody(request)) as Record<string, unknown>)));
      }
      return send(response, 404, 'html', errorPage('404', 'Not found'));
    })().catch((error: unknown) => {
      if (!response.headersSent) send(response, 400, 'json', JSON.stringify({ error: error instanceof Error ? error.message : 'bad request' }));
    });
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, options.host ?? '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  const origin = `http://${options.host ?? '127.0.0.1'}:${port}`;
  return {
    origin,
    formUrl: `${origin}${FORM_PATH}`,
    statusUrl: `${origin}${STATUS_PATH}`,
    controlUrl: `${origin}${CONTROL_PATH}`,
    ledger,
    close: () => new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    }),
  };
}
