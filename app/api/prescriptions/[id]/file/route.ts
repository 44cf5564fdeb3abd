import { NextResponse } from 'next/server';
import { requestIp } from '@/lib/audit/request-ip';
import { getCurrentUser } from '@/lib/auth/current-user';
import { holdsPermission } from '@/lib/permissions/guard';
import { PrescriptionNotFoundError } from '@/lib/prescriptions/errors';
import { readPrescriptionFile } from '@/lib/prescriptions/file-access';
import { uploadedFileSecurityHeaders } from '@/lib/security/headers';

export const dynamic = 'force-dynamic';

function notFound() {
  return new NextResponse('Not found', { status: 404, headers: { ...uploadedFileSecurityHeaders(), 'Cache-Control': 'no-store' } });
}

/** One page image of the prescription (`?page=2`…): its owner, or a two-factor session holding 'prescription-files.read'; anyone else 404. */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const user = await getCurrentUser();
  // Staff reach other people's files only with a two-factor session; otherwise they are like anyone else.
  const viewer = user ? { id: user.id, role: user.role, ip: await requestIp(), readsAnyFile: await holdsPermission('prescription-files.read') } : null;
  const search = new URL(request.url).searchParams;
  const download = search.get('download') === '1';
  const page = search.has('page') ? Number(search.get('page')) : 1;
  try {
    const file = await readPrescriptionFile(viewer, id, download ? 'download' : 'view', page);
    return new NextResponse(new Uint8Array(file.bytes), {
      headers: {
        'Content-Type': file.mime,
        'Content-Length': String(file.bytes.length),
        'Content-Disposition': `${download ? 'attachment' : 'inline'}; filename="${file.filename}"`,
        'Cache-Control': 'private, no-store',
        ...uploadedFileSecurityHeaders(),
      },
    });
  } catch (error) {
    if (error instanceof PrescriptionNotFoundError) return notFound();
    throw error;
  }
}
