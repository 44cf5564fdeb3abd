import { db } from '@/db/client';
import { deleteAddress } from '@/lib/auth/account/addresses';
import { endpoints } from '@/lib/api/contract/endpoints';
import { apiRoute, preflight } from '@/lib/api/handler';
import { noContent } from '@/lib/api/respond';

export const dynamic = 'force-dynamic';

export const DELETE = apiRoute(endpoints.deleteAddress, async ({ caller, params }) => {
  await deleteAddress(db, caller.user.id, params.id);
  return noContent();
});
export const OPTIONS = preflight;
