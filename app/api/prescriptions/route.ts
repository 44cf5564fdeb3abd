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
import type { UploadProblem } from '@/lib/prescriptions/upload-problems';

export const dynamic = 'force-dynamic';

const noStore = { 'Cache-Control': 'no-store' };

/** A refusal: `code` for the uploader to word in the shopper's language, `error` in English for other clients. */
function refusal(status: number, code: UploadProblem, error: string, options: { reason?: string; retryAfter?: number } = {}) {
  const headers = options.retryAfter ? { ...noStore, 'Retry-After': String(options.retryAfter) } : noStore;
  return NextResponse.json({ error, code, ...(options.reason ? { reason: options.reason } : {}) }, { status, headers });
}

/** Multipart upload of one prescription file (`file`). Answers JSON; OCR starts after the response. */
export async function POST(request: Request) {
  const user = await getCurrentUser();
  if (!user) return refusal(401, 'sign_in', 'Please sign in to upload a prescription.');

  const retryAfter = await uploadRetryAfter(user.id, await requestIp());
  if (retryAfter > 0) return refusal(429, 'too_many_uploads', 'Too many uploads in the last hour. Please try again later.', { retryAfter });

  try {
    const { bytes, patientId } = await readPrescriptionUpload(request);
    const uploaded = await uploadPrescription({ userId: user.id, bytes, patientId });
    drainOcrQueueAfterResponse();
    return NextResponse.json({ id: uploaded.id, url: `/prescriptions/${uploaded.id}` }, { status: 201, headers: noStore });
  } catch (error) {
    if (error instanceof FileRefusedError) return refusal(error.reason === 'too_large' ? 413 : 422, error.reason, error.message, { reason: error.reason });
    if (error instanceof PatientNotFoundError) return refusal(422, 'patient_not_yours', error.publicMessage);
    if (error instanceof MalformedUploadError) return refusal(400, 'no_file', error.publicMessage);
    logger.error({ err: error instanceof Error ? error.message : String(error) }, 'prescription upload failed');
    return refusal(500, 'unexpected', 'Something went wrong while saving your prescription. Please try again.');
  }
}
