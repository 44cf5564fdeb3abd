import { endpoints } from '@/lib/api/contract/endpoints';
import { staffOrderSchema } from '@/lib/api/contract/staff';
import { apiRoute, preflight } from '@/lib/api/handler';
import { ok } from '@/lib/api/respond';
import { staffOrder } from '@/lib/api/staff';

export const dynamic = 'force-dynamic';

export const GET = apiRoute(endpoints.getStaffOrder, async ({ params }) => ok(staffOrderSchema, await staffOrder(params.number)));
export const OPTIONS = preflight;
