import { describe, expect, it, vi } from 'vitest';
import { signedIn, signInAs } from '@/test-support/admin-session';

vi.hoisted(() => Object.assign(process.env, { OCR_AFTER_UPLOAD: '0' }));
const limits = vi.hoisted(() => ({ retryAfter: 0 }));
const failing = vi.hoisted(() => ({ upload: false }));
vi.mock('@/lib/auth/session', () => ({ getSessionClaims: async () => signedIn.claims }));
vi.mock('@/lib/audit/request-ip', () => ({ requestIp: async () => '127.0.0.1' }));
vi.mock('@/lib/prescriptions/upload-limit', () => ({ uploadRetryAfter: async () => limits.retryAfter }));
vi.mock('@/lib/prescriptions/upload', async (original) => {
  const real = await original<typeof import('@/lib/prescriptions/upload')>();
  return { ...real, uploadPrescription: (...args: Parameters<typeof real.uploadPrescription>) => (failing.upload ? Promise.reject(new Error('disk full')) : real.uploadPrescription(...args)) };
});

const { db } = await import('@/db/client');
const { createPatient } = await import('@/lib/patients/patients');
const { patientSchema } = await import('@/lib/patients/validation');
const { FileRefusedError } = await import('@/lib/prescriptions/file-check');
const { MESSAGES } = await import('@/lib/i18n/messages');
const { createCustomer } = await import('@/test-support/factories/users');
const { POST } = await import('./route');

type Answer = { error: string; code: string; reason?: string };
const upload = async (file: Blob | null, fields: Record<string, string> = {}) => {
  const body = new FormData();
  if (file) body.set('file', file, 'rx');
  for (const [name, value] of Object.entries(fields)) body.set(name, value);
  const response = await POST(new Request('http://localhost/api/prescriptions', { method: 'POST', body }));
  return { status: response.status, retryAfter: response.headers.get('retry-after'), body: (await response.json()) as Answer };
};
const svg = new Blob(['<svg xmlns="http://www.w3.org/2000/svg"></svg>'], { type: 'image/svg+xml' });
const problems = MESSAGES.en.orders.prescriptions.uploader.problems;

describe('POST /api/prescriptions refusals', () => {
  it('names each refusal with a code the uploader words, and keeps the English sentence as `error`', async () => {
    signInAs(null);
    expect(await upload(svg)).toMatchObject({ status: 401, body: { code: 'sign_in', error: problems.sign_in } });

    signInAs(await createCustomer());
    expect(await upload(svg)).toMatchObject({ status: 422, body: { code: 'svg', reason: 'svg', error: problems.svg } });
    expect(await upload(new Blob([]))).toMatchObject({ status: 422, body: { code: 'empty', reason: 'empty' } });
    expect(await upload(null)).toMatchObject({ status: 400, body: { code: 'no_file', error: problems.no_file } });

    const stranger = await createCustomer();
    const theirs = await createPatient(db, stranger.id, patientSchema.parse({ name: 'Ram', relationship: 'parent', ageYears: '70', sex: 'male' }));
    expect(await upload(svg, { patientId: theirs.id })).toMatchObject({ status: 422, body: { code: 'patient_not_yours', error: problems.patient_not_yours } });

    limits.retryAfter = 600;
    expect(await upload(svg)).toMatchObject({ status: 429, retryAfter: '600', body: { code: 'too_many_uploads', error: problems.too_many_uploads } });
    limits.retryAfter = 0;

    failing.upload = true;
    const broken = await upload(svg);
    failing.upload = false;
    expect(broken).toMatchObject({ status: 500, body: { code: 'unexpected', error: problems.unexpected } });
    expect(JSON.stringify(broken.body)).not.toContain('disk full');
  });

  it('has the uploader’s English words for every refused file exactly as lib writes them, and Nepali for each', () => {
    for (const reason of Object.keys(problems).filter((code) => !['sign_in', 'too_many_uploads', 'patient_not_yours', 'no_file', 'unexpected'].includes(code))) {
      expect(new FileRefusedError(reason as never).publicMessage, reason).toBe(problems[reason as keyof typeof problems]);
      expect(MESSAGES.ne.orders.prescriptions.uploader.problems[reason as keyof typeof problems], reason).toMatch(/\p{Script=Devanagari}/u);
    }
  });
});
