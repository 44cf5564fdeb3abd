import { endpoints } from '@/lib/api/contract/endpoints';
import { meSchema } from '@/lib/api/contract/schemas';
import { apiRoute, preflight } from '@/lib/api/handler';
import { ok } from '@/lib/api/respond';

export const dynamic = 'force-dynamic';

export const GET = apiRoute(endpoints.me, async ({ caller }) => ok(meSchema, caller.user));
export const OPTIONS = preflight;
