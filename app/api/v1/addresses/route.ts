import { db } from '@/db/client';
import { createAddress, listAddresses } from '@/lib/auth/account/addresses';
import { endpoints } from '@/lib/api/contract/endpoints';
import { addressListSchema, addressSchema } from '@/lib/api/contract/schemas';
import { apiRoute, preflight } from '@/lib/api/handler';
import { ok } from '@/lib/api/respond';

export const dynamic = 'force-dynamic';

export const GET = apiRoute(endpoints.listAddresses, async ({ caller }) => ok(addressListSchema, { items: await listAddresses(db, caller.user.id) }));

export const POST = apiRoute(endpoints.createAddress, async ({ caller, body }) => ok(addressSchema, await createAddress(db, caller.user.id, body), 201));
export const OPTIONS = preflight;
