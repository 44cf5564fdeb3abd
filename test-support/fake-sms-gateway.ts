import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { listenLocally, readBody, sendJson as send } from './fake-http';

/**
 * A local stand-in for both Nepali SMS gateways, which the app's real HTTP client talks to
 * (SPARROW_SMS_BASE_URL / AAKASH_SMS_BASE_URL). It answers as each documents (see
 * lib/notifications/sms/sparrow.ts and aakash.ts): Sparrow's POST /v2/sms/ (token, from, to,
 * text; 403 with response_code on refusal) and Aakash's POST /sms/v3/send (auth_token, to, text;
 * error: true with a message). A number that is not 10 digits starting 97/98 is refused as each
 * gateway refuses it. It keeps what it received so tests can read the SMS.
 * Test-only endpoints: GET /_test/messages, DELETE /_test/messages, POST /_test/fail {count, kind}.
 */
export type ReceivedSms = { id: number; provider: 'sparrow' | 'aakash'; from: string | null; to: string; text: string; receivedAt: string };
export type SimulatedFailure = 'no_credit' | 'invalid_ip' | 'rate_limited' | 'outage';

export type FakeSmsGateway = {
  url: string;
  sparrowToken: string;
  sparrowFrom: string;
  aakashToken: string;
  messages: ReceivedSms[];
  /** The next `count` sends (either gateway) are refused as `kind`. */
  failNext(count: number, kind: SimulatedFailure): void;
  stop(): Promise<void>;
};

const VALID_NUMBER = /^9[78]\d{8}$/;

export async function startFakeSmsGateway(options: { port?: number; sparrowToken?: string; aakashToken?: string } = {}): Promise<FakeSmsGateway> {
  const sparrowToken = options.sparrowToken ?? 'sparrow-test-token';
  const sparrowFrom = 'MediNest';
  const aakashToken = options.aakashToken ?? 'aakash-test-token';
  const messages: ReceivedSms[] = [];
  let failures: { count: number; kind: SimulatedFailure } = { count: 0, kind: 'outage' };
  let nextId = 1000;

  const server = createServer((request, response) => {
    handle(request, response).catch(() => send(response, 500, { error: true, message: 'fake gateway crashed' }));
  });

  function takeFailure(): SimulatedFailure | null {
    if (failures.count <= 0) return null;
    failures.count -= 1;
    return failures.kind;
  }

  function receive(provider: ReceivedSms['provider'], from: string | null, to: string, text: string): ReceivedSms {
    const sms = { id: nextId++, provider, from, to, text, receivedAt: new Date().toISOString() };
    messages.push(sms);
    return sms;
  }

  async function sparrow(fields: URLSearchParams, response: ServerResponse) {
    const [token, from, to, text] = ['token', 'from', 'to', 'text'].map((k) => fields.get(k) ?? '') as [string, string, string, string];
    const refuse = (code: number, message: string) => send(response, 403, { response_code: code, response: message });
    if (!token || !from || !to) return refuse(1000, 'A required field is missing');
    if (token !== sparrowToken) return refuse(1002, 'Invalid Token');
    if (from !== sparrowFrom) return refuse(1008, 'Invalid Sender');
    if (!text) return refuse(1010, 'Text cannot be empty');
    const failure = takeFailure();
    if (failure === 'invalid_ip') return refuse(1001, 'Invalid IP Address');
    if (failure === 'no_credit') return refuse(1012, 'No Credits Available');
    if (failure === 'rate_limited') return send(response, 429, { response_code: 429, response: 'Too many requests' });
    if (failure === 'outage') return send(response, 502, { response_code: 502, response: 'Bad gateway' });
    if (!VALID_NUMBER.test(to)) return refuse(1007, 'Invalid Receiver');
    receive('sparrow', from, to, text);
    return send(response, 200, { count: 1, response_code: 200, response: '1 mesages has been queued for delivery' });
  }

  async function aakash(fields: URLSearchParams, response: ServerResponse) {
    const [token, to, text] = ['auth_token', 'to', 'text'].map((k) => fields.get(k) ?? '') as [string, string, string];
    const refuse = (message: string, status = 200) => send(response, status, { error: true, message, data: [] });
    for (const [name, value] of [['auth_token', token], ['to', to], ['text', text]] as const) if (!value) return refuse(`The ${name} field is required.`);
    if (token !== aakashToken) return refuse('The provided Auth Token is not valid.');
    const failure = takeFailure();
    if (failure === 'invalid_ip') return refuse('Invalid IP address.');
    if (failure === 'no_credit') return refuse('Not enough balance.');
    if (failure === 'rate_limited') return refuse('Too many requests.', 429);
    if (failure === 'outage') return refuse('Service unavailable.', 503);
    if (!VALID_NUMBER.test(to)) {
      return send(response, 200, { error: false, message: '0 messages has been queued for delivery.', data: { valid: [], invalid: [{ mobile: to, text, credit: 0, network: 'N/A', status: 'aborted' }] } });
    }
    const sms = receive('aakash', null, to, text);
    return send(response, 200, {
      error: false,
      message: '1 messages has been queued for delivery.',
      data: { valid: [{ id: sms.id, mobile: `977${to.slice(0, 3)}*******`, text, credit: 1, network: to.startsWith('98') ? 'ntc' : 'ncell', status: 'queued' }], invalid: [] },
    });
  }

  async function handle(request: IncomingMessage, response: ServerResponse) {
    const url = new URL(request.url ?? '/', 'http://fake');
    if (url.pathname === '/_test/messages' && request.method === 'GET') return send(response, 200, messages);
    if (url.pathname === '/_test/messages' && request.method === 'DELETE') {
      messages.length = 0;
      return send(response, 204, null);
    }
    if (url.pathname === '/_test/fail' && request.method === 'POST') {
      const body = JSON.parse(await readBody(request, 100_000)) as { count?: number; kind?: SimulatedFailure };
      failures = { count: body.count ?? 1, kind: body.kind ?? 'outage' };
      return send(response, 204, null);
    }
    if (request.method !== 'POST') return send(response, 404, { error: true, message: 'Not found' });
    const fields = new URLSearchParams(await readBody(request, 100_000));
    if (url.pathname === '/v2/sms/' || url.pathname === '/v2/sms') return sparrow(fields, response);
    if (url.pathname === '/sms/v3/send' || url.pathname === '/sms/v3/send/') return aakash(fields, response);
    return send(response, 404, { error: true, message: 'Not found' });
  }

  const { url, stop } = await listenLocally(server, options.port);
  return {
    url,
    sparrowToken,
    sparrowFrom,
    aakashToken,
    messages,
    failNext(count, kind) {
      failures = { count, kind };
    },
    stop,
  };
}



/** For tests in another process than the fake: read what it received over HTTP. */
export async function readFakeSms(baseUrl: string): Promise<ReceivedSms[]> {
  const response = await fetch(`${baseUrl}/_test/messages`);
  if (!response.ok) throw new Error(`fake SMS gateway answered ${response.status}`);
  return (await response.json()) as ReceivedSms[];
}
