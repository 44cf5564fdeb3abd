import { describe, expect, it } from 'vitest';
import { describeUnexpectedError } from './request-error';

describe('unexpected server errors', () => {
  it('are logged with the request id and digest, and without the query string', () => {
    const error = Object.assign(new Error('relation "x" does not exist'), { digest: '12345' });
    const entry = describeUnexpectedError(
      error,
      { path: '/orders/MN-1?token=secret', method: 'GET', headers: { 'x-request-id': 'b5c2f0d4-1111-2222-3333-444455556666' } },
      { routerKind: 'App Router', routePath: '/orders/[number]', routeType: 'render' },
    );
    expect(entry).toMatchObject({ requestId: 'b5c2f0d4-1111-2222-3333-444455556666', digest: '12345', method: 'GET', path: '/orders/MN-1', route: '/orders/[number]' });
    expect(JSON.stringify(entry)).not.toContain('secret');
    expect(entry.err).toBe(error);
  });

  it('turn thrown non-errors into errors', () => {
    const entry = describeUnexpectedError('boom', { path: '/', method: 'POST', headers: {} }, { routerKind: 'App Router', routePath: '/', routeType: 'action' });
    expect(entry.err.message).toBe('boom');
    expect(entry.requestId).toBeUndefined();
  });
});
