import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeVision, type FakeVision } from '@/test-support/fake-vision';

/**
 * The cron route end to end, with OCR configured for Google Vision (pointed at the local fake), so
 * the queue drains quickly whatever other tests left queued in the shared database.
 */
let vision: FakeVision;
let route: typeof import('./route');

beforeAll(async () => {
  vision = await startFakeVision('Dr. Hari Karki\nNMC No. 4321\nDate: 2026-11-01\nTab. Paracetamol 500 mg');
  process.env.GOOGLE_CLOUD_VISION = '1';
  process.env.GOOGLE_VISION_API_ENDPOINT = vision.endpoint;
  process.env.GOOGLE_VISION_API_KEY = vision.apiKey;
  route = await import('./route');
});
afterAll(async () => vision.stop());

describe('POST /api/cron/process-prescriptions', () => {
  it('refuses a request without the cron secret', async () => {
    const response = await route.POST(new Request('http://localhost/api/cron/process-prescriptions', { method: 'POST', headers: { authorization: 'Bearer wrong-secret-of-enough-length' } }));
    expect(response.status).toBe(401);
  });

  it('reads queued prescriptions when called by the scheduler', async () => {
    const { env } = await import('@/lib/env');
    const { db } = await import('@/db/client');
    const { prescriptions } = await import('@/db/schema');
    const { createCustomer } = await import('@/test-support/factories/users');
    const { renderPrescription } = await import('@/test-support/factories/prescriptions');
    const { uploadPrescription } = await import('@/lib/prescriptions/upload');
    const user = await createCustomer();
    const { id } = await uploadPrescription({ userId: user.id, bytes: await renderPrescription(['queued for cron']) });

    let row: { ocrStatus: string; ocrEngine: string | null } | undefined;
    // Drain until ours is done; other test files may have queued files ahead of it.
    for (let i = 0; i < 10; i += 1) {
      const response = await route.POST(new Request('http://localhost/api/cron/process-prescriptions', { method: 'POST', headers: { authorization: `Bearer ${env.CRON_SECRET}` } }));
      expect(response.status).toBe(200);
      [row] = await db.select({ ocrStatus: prescriptions.ocrStatus, ocrEngine: prescriptions.ocrEngine }).from(prescriptions).where(eq(prescriptions.id, id));
      if (row?.ocrStatus === 'done') break;
    }
    expect(row).toEqual({ ocrStatus: 'done', ocrEngine: 'google-vision' });
  });
});
