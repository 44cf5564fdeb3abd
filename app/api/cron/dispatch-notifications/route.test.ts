import { describe, expect, it } from 'vitest';
import { POST } from './route';

// Only refusals here: an authorised call would dispatch the whole shared test database's outbox
// (the dispatcher itself is covered in lib/notifications/dispatch.test.ts).
describe('POST /api/cron/dispatch-notifications', () => {
  it('answers 401 without the cron secret', async () => {
    const missing = await POST(new Request('http://shop.test/api/cron/dispatch-notifications', { method: 'POST' }));
    expect(missing.status).toBe(401);
    const wrong = await POST(new Request('http://shop.test/api/cron/dispatch-notifications', { method: 'POST', headers: { authorization: 'Bearer not-the-secret-at-all-no' } }));
    expect(wrong.status).toBe(401);
    expect(await wrong.json()).toEqual({ error: 'unauthorized' });
  });
});
