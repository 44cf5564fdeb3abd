import { endpoints } from '@/lib/api/contract/endpoints';
import { staffQueueSchema } from '@/lib/api/contract/staff';
import { apiRoute, preflight } from '@/lib/api/handler';
import { ok } from '@/lib/api/respond';
import { reviewQueue } from '@/lib/prescriptions/staff-queries';

export const dynamic = 'force-dynamic';

export const GET = apiRoute(endpoints.listStaffPrescriptions, async ({ query }) =>
  ok(staffQueueSchema, { items: await reviewQueue({ status: query.status ?? 'pending', ocr: 'any', flagged: '0', q: '' }) }),
);
export const OPTIONS = preflight;
