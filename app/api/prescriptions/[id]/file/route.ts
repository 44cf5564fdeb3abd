import { NextResponse } from 'next/server';
import { clientIpFromHeaders } from '@/lib/audit/client-ip';
import { getCurrentUser } from '@/lib/auth/current-user';
import { holdsPermission } from '@/lib/permissions/guard';
import { PrescriptionNotFoundError } from '@/lib/prescriptions/errors';
import { readPrescriptionFile } from '@/lib/prescriptions/file-access';

export const dynamic = 'force-dynamic';

function notFound() {
  return new NextResponse('Not found', { status: 404, headers: { 'Cache-Control': 'no-store', 'X-Content-Type-Options': 'nosniff' } });
}

/** The decrypted prescription file: its owner, or a two-factor session holding 'prescription-files.read'; anyone else 404. */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const user = await getCurrentUser();
  // Staff reach other people's files only with a two-factor session; otherwise they are like anyone else.
  const viewer = user ? { id: user.id, role: user.role, ip: clientIpFromHeaders(request.headers), readsAnyFile: await holdsPermission('prescription-files.read') } : null;
  const download = new URL(request.url).searchParams.get('download') === '1';
  try {
    const file = await readPrescriptionFile(viewer, id, download ? 'download' : 'view');
    return new NextResponse(new Uint8Array(file.bytes), {
      headers: {
        'Content-Type': file.mime,
        'Content-Length': String(file.bytes.length),
        'Content-Disposition': `${download ? 'attachment' : 'inline'}; filename="${file.filename}"`,
        'Cache-Control': 'private, no-store',
        'X-Content-Type-Options': 'nosniff',
        // Same-origin pages (the review screen) may embed a PDF; nothing else may frame it. Chrome
        // refuses to show a PDF under a CSP sandbox, so only images get one.
        'Content-Security-Policy': `default-src 'none'; img-src 'self'; style-src 'unsafe-inline'; frame-ancestors 'self'${file.mime === 'application/pdf' ? '' : '; sandbox'}`,
        'X-Frame-Options': 'SAMEORIGIN',
        'Cross-Origin-Resource-Policy': 'same-origin',
      },
    });
  } catch (error) {
    if (error instanceof PrescriptionNotFoundError) return notFound();
    throw error;
  }
}
