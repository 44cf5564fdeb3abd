import { NextResponse } from 'next/server';
import { isCronAuthorized } from '@/lib/cron/authorize';
import { processOcrQueue } from '@/lib/prescriptions/ocr-jobs';

export const dynamic = 'force-dynamic';
// Reading a few photos with tesseract takes a while on a small machine.
export const maxDuration = 300;

/** Called by the scheduler (Bearer CRON_SECRET): reads queued prescriptions. */
export async function POST(request: Request) {
  if (!isCronAuthorized(request)) return NextResponse.json({ error: 'unauthorized' }, { status: 401 });
  const processed = await processOcrQueue({ limit: 10 });
  return NextResponse.json({ processed }, { headers: { 'Cache-Control': 'no-store' } });
}
