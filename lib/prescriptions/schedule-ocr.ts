import 'server-only';
import { after } from 'next/server';
import { env } from '@/lib/env';
import { logger } from '@/lib/observability/logger';
import { processOcrQueue } from './ocr-jobs';

/**
 * Starts draining the OCR queue once the response has been sent, so an upload never waits on
 * OCR. The cron route drains whatever this misses (a restart, a serverless timeout).
 */
export function drainOcrQueueAfterResponse(): void {
  if (!env.OCR_AFTER_UPLOAD) return;
  after(async () => {
    try {
      await processOcrQueue({ limit: 5 });
    } catch (error) {
      logger.error({ err: error instanceof Error ? error.message : String(error) }, 'OCR queue drain failed');
    }
  });
}
