import 'server-only';
import { env } from '@/lib/env';
import { TesseractEngine } from './tesseract-engine';
import type { OcrEngine } from './types';
import { VisionEngine } from './vision-engine';

export type { OcrEngine, OcrResult } from './types';

const globalForOcr = globalThis as unknown as { medinestOcr?: OcrEngine };

/** Google Vision when configured, the offline tesseract.js engine otherwise; one per process. */
export function ocrEngine(): OcrEngine {
  globalForOcr.medinestOcr ??= env.GOOGLE_CLOUD_VISION
    ? new VisionEngine({ endpoint: env.GOOGLE_VISION_API_ENDPOINT, apiKey: env.GOOGLE_VISION_API_KEY })
    : new TesseractEngine();
  return globalForOcr.medinestOcr;
}
