import { cronRouteHandler } from '@/lib/cron/route';

export const dynamic = 'force-dynamic';
// Reading a few photos with tesseract takes a while on a small machine.
export const maxDuration = 300;

/** Reads queued prescriptions (lib/prescriptions/ocr-jobs.ts). */
const handler = cronRouteHandler('process-prescriptions');
// Vercel Cron calls with GET; `npm run cron` and crontabs POST. The same secret guards both.
export const GET = handler;
export const POST = handler;
