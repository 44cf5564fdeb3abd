import { NextResponse } from 'next/server';
import { requestIp } from '@/lib/audit/request-ip';
import { getCurrentUser } from '@/lib/auth/current-user';
import { logger } from '@/lib/observability/logger';
import { FileRefusedError } from '@/lib/prescriptions/file-check';
import { PatientNotFoundError } from '@/lib/patients/errors';
import { MalformedUploadError, readPrescriptionUpload } from '@/lib/prescriptions/read-upload';
import { drainOcrQueueAfterResponse } from '@/lib/prescriptions/schedule-ocr';
import { uploadPrescription } from '@/lib/prescriptions/upload';
import { uploadRetryAfter } from '@/lib/prescriptions/upload-limit';

export const dynamic = 'force-dynamic';

const noStore = { 'Cache-Control': 'no-store' };

/** Multipart upload of one prescription file (`file`). Answers JSON; OCR starts after the response. */
export async function POST(request: Request) {
  const user = await getCurrentUser();
  if (!user) return NextResponse.json({ error: 'Please sign in to upload a prescription.' }, { status: 401, headers: noStore });

  const retryAfter = await uploadRetryAfter(user.id, await requestIp());
  if (retryAfter > 0) {
    return NextResponse.json(
      { error: 'Too many uploads in the last hour. Please try again later.' },
      { status: 429, headers: { ...noStore, 'Retry-After': String(retryAfter) } },
    );
  }

  try {
    const { bytes, patientId } = await readPrescriptionUpload(request);
    const uploaded = await uploadPrescription({ userId: user.id, bytes, patientId });
    drainOcrQueueAfterResponse();
    return NextResponse.json({ id: uploaded.id, url: `/prescriptions/${uploaded.id}` }, { status: 201, headers: noStore });
  } catch (error) {
    if (error instanceof FileRefusedError) {
      return NextResponse.json({ error: error.message, reason: error.reason }, { status: error.reason === 'too_large' ? 413 : 422, headers: noStore });
    }
    if (error instanceof PatientNotFoundError) {
      return NextResponse.json({ error: error.publicMessage }, { status: 422, headers: noStore });
    }
    if (error instanceof MalformedUploadError) {
      return NextResponse.json({ error: error.publicMessage }, { status: 400, headers: noStore });
    }
    logger.error({ err: error instanceof Error ? error.message : String(error) }, 'prescription upload failed');
    return NextResponse.json({ error: 'Something went wrong while saving your prescription. Please try again.' }, { status: 500, headers: noStore });
  }
}
