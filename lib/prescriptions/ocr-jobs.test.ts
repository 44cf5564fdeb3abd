import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/db/client';
import { prescriptions } from '@/db/schema';
import { startFakeVision, type FakeVision } from '@/test-support/fake-vision';
import { TesseractEngine } from '@/lib/ocr/tesseract-engine';
import { VisionEngine } from '@/lib/ocr/vision-engine';
import { processOcrQueue, type StoredHints } from './ocr-jobs';
import { renderPrescription } from '@/test-support/factories/prescriptions';
import { createCustomer } from '@/test-support/factories/users';
import { makePdf } from '@/test-support/pdf';
import { uploadPrescription } from './upload';

async function ocrRow(id: string) {
  const [row] = await db.select().from(prescriptions).where(eq(prescriptions.id, id));
  return { ...row!, hints: row!.ocrHints as StoredHints | null };
}

describe('OCR of an uploaded prescription (offline tesseract.js)', () => {
  const tesseract = new TesseractEngine();
  afterAll(async () => tesseract.terminate());

  it('reads the NMC number, the date and a medicine, and matches it to the seeded product', async () => {
    const user = await createCustomer();
    const image = await renderPrescription([
      'Dr. Sita Sharma',
      'NMC No. 12345',
      'Patient Name: Ram Thapa',
      'Date: 20/11/2026',
      'Rx',
      '1. Cap. Amoxicillin 500 mg',
    ]);
    const { id } = await uploadPrescription({ userId: user.id, bytes: image });
    expect((await ocrRow(id)).ocrStatus).toBe('queued');

    expect(await processOcrQueue({ only: [id], engine: tesseract })).toBe(1);
    const row = await ocrRow(id);
    expect(row.ocrStatus).toBe('done');
    expect(row.ocrEngine).toBe('tesseract');
    expect(row.ocrConfidence).toBeGreaterThan(0.5);
    expect(row.hints?.nmcNumber).toBe('12345');
    expect(row.hints?.date).toBe('2026-11-20');
    const amoxicillin = row.hints?.medicines.find((m) => m.genericName === 'Amoxicillin');
    expect(amoxicillin, JSON.stringify(row.hints?.medicines)).toBeDefined();
    expect(amoxicillin!.requiresPrescription).toBe(true);
    expect(amoxicillin!.confidence).toBeGreaterThanOrEqual(0.9);
  }, 120_000);

  it('reads every page of a PDF prescription, drawn into images on upload', async () => {
    const user = await createCustomer();
    const pdf = makePdf({
      pages: [
        ['Dr. Sita Sharma', 'NMC No. 54321', `Date: 21/11/2026`, `Ref ${Date.now()}`],
        ['Rx', '1. Cap. Amoxicillin 500 mg'],
      ],
      active: true,
    });
    const { id } = await uploadPrescription({ userId: user.id, bytes: pdf });
    const [stored] = await db.select({ mime: prescriptions.fileMime, extra: prescriptions.extraPageKeys }).from(prescriptions).where(eq(prescriptions.id, id));
    expect(stored).toEqual({ mime: 'image/jpeg', extra: [expect.any(String)] });

    expect(await processOcrQueue({ only: [id], engine: tesseract })).toBe(1);
    const row = await ocrRow(id);
    expect(row.ocrStatus, row.ocrError ?? '').toBe('done');
    expect(row.hints?.nmcNumber).toBe('54321');
    expect(row.hints?.date).toBe('2026-11-21');
    expect(row.hints?.medicines.some((m) => m.genericName === 'Amoxicillin'), JSON.stringify(row.hints?.medicines)).toBe(true);
  }, 120_000);
});

describe('OCR through Google Vision (real SDK against a local fake)', () => {
  let vision: FakeVision;
  beforeAll(async () => {
    vision = await startFakeVision('City Clinic\nDr. Hari Karki\nN.M.C. Reg. No: 1234\nDate: 2026-11-18\nTab. Paracetamol 500 mg 1-1-1\n');
  });
  afterAll(async () => vision.stop());

  it('keeps the text, confidence and engine and extracts the same hints', async () => {
    const engine = new VisionEngine({ endpoint: vision.endpoint, apiKey: vision.apiKey });
    const user = await createCustomer();
    const { id } = await uploadPrescription({ userId: user.id, bytes: await renderPrescription(['anything']) });
    await processOcrQueue({ only: [id], engine });
    await engine.close();

    const row = await ocrRow(id);
    expect(vision.requests).toHaveLength(1);
    expect(row.ocrStatus).toBe('done');
    expect(row.ocrEngine).toBe('google-vision');
    expect(row.ocrConfidence).toBeCloseTo(0.93);
    expect(row.hints?.nmcNumber).toBe('1234');
    expect(row.hints?.date).toBe('2026-11-18');
    expect(row.hints?.medicines.some((m) => m.genericName === 'Paracetamol')).toBe(true);
  });

  it('marks OCR failed, without blocking review, when the engine errors', async () => {
    const engine = new VisionEngine({ endpoint: vision.endpoint, apiKey: 'wrong-key' });
    const user = await createCustomer();
    const { id } = await uploadPrescription({ userId: user.id, bytes: await renderPrescription(['x']) });
    await processOcrQueue({ only: [id], engine });
    await engine.close();
    const row = await ocrRow(id);
    expect(row.ocrStatus).toBe('failed');
    expect(row.status).toBe('pending');
    expect(row.ocrError).toBeTruthy();
  });
});
