import { readPrescriptionFile } from '@/lib/prescriptions/file-access';
import { uploadedFileSecurityHeaders } from '@/lib/security/headers';
import { endpoints } from '@/lib/api/contract/endpoints';
import { apiRoute, preflight } from '@/lib/api/handler';

export const dynamic = 'force-dynamic';

// Owner only: API tokens are customers', so `readsAnyFile` is never true here. Every view is audited.
export const GET = apiRoute(endpoints.getPrescriptionFile, async ({ caller, params, query, ip }) => {
  const file = await readPrescriptionFile({ id: caller.user.id, role: caller.user.role, ip, readsAnyFile: false }, params.id, 'download', Number(query.page ?? '1'));
  return new Response(new Uint8Array(file.bytes), {
    headers: {
      'Content-Type': file.mime,
      'Content-Length': String(file.bytes.length),
      'Content-Disposition': `attachment; filename="${file.filename}"`,
      'Cache-Control': 'private, no-store',
      ...uploadedFileSecurityHeaders(),
    },
  });
});
export const OPTIONS = preflight;
