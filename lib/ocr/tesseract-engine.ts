import englishData from '@tesseract.js-data/eng';
import sharp from 'sharp';
import { createWorker, type Worker } from 'tesseract.js';
import { ocrTargetWidth } from './prepare-image';
import type { OcrEngine, OcrResult } from './types';

// The package ships eng.traineddata.gz and says where (langPath, gzip): no download, fully offline.

/**
 * tesseract.js with one long-lived worker per process: loading the language model costs seconds,
 * recognising a page much less. Calls are serialised because a worker does one job at a time.
 */
export class TesseractEngine implements OcrEngine {
  readonly name = 'tesseract';
  private worker: Promise<Worker> | null = null;
  private queue: Promise<unknown> = Promise.resolve();

  private getWorker(): Promise<Worker> {
    this.worker ??= createWorker('eng', 1, {
      langPath: englishData.langPath,
      gzip: englishData.gzip,
      // Never write a traineddata copy into the working directory.
      cacheMethod: 'none',
    }).catch((error) => {
      this.worker = null;
      throw error;
    });
    return this.worker;
  }

  async recognize(image: Buffer): Promise<OcrResult> {
    // Greyscale and a readable width help tesseract on phone photos; small scans are enlarged, within limits.
    const metadata = await sharp(image).metadata();
    const width = ocrTargetWidth(metadata.width ?? 0, metadata.height ?? 0);
    const prepared = await sharp(image)
      .greyscale()
      .resize(width ? { width } : undefined)
      .png()
      .toBuffer();
    const run = this.queue.then(async () => {
      const worker = await this.getWorker();
      const { data } = await worker.recognize(prepared);
      return { text: data.text, confidence: Number.isFinite(data.confidence) ? data.confidence / 100 : null, engine: this.name };
    });
    this.queue = run.catch(() => undefined);
    return run;
  }

  async terminate(): Promise<void> {
    const worker = this.worker;
    this.worker = null;
    if (worker) await (await worker).terminate();
  }
}
