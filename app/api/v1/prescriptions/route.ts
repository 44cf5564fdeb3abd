import { listMyPrescriptions } from '@/lib/prescriptions/shopper-queries';
import { readPrescriptionUpload } from '@/lib/prescriptions/read-upload';
import { drainOcrQueueAfterResponse } from '@/lib/prescriptions/schedule-ocr';
import { uploadPrescription } from '@/lib/prescriptions/upload';
import { uploadRetryAfter } from '@/lib/prescriptions/upload-limit';
import { endpoints } from '@/lib/api/contract/endpoints';
import { prescriptionListSchema, uploadedPrescriptionSchema } from '@/lib/api/contract/schemas';
import { apiRoute, preflight } from '@/lib/api/handler';
import { ApiProblem } from '@/lib/api/problem';
import { ok } from '@/lib/api/respond';

export const dynamic = 'force-dynamic';

export const GET = apiRoute(endpoints.listPrescriptions, async ({ caller }) => ok(prescriptionListSchema, { items: await listMyPrescriptions(caller.user.id) }));

// The shop's upload path: the same hourly limits, size cap while reading, content checks and re-encoding.
export const POST = apiRoute(endpoints.uploadPrescription, async ({ caller, request, ip }) => {
  const retryAfter = await uploadRetryAfter(caller.user.id, ip);
  if (retryAfter > 0) throw new ApiProblem('too-many-requests', 'Too many uploads in the last hour. Please try again later.', { headers: { 'Retry-After': String(retryAfter) } });
  const { bytes, patientId } = await readPrescriptionUpload(request);
  const uploaded = await uploadPrescription({ userId: caller.user.id, bytes, patientId });
  drainOcrQueueAfterResponse();
  return { ...ok(uploadedPrescriptionSchema, uploaded, 201), headers: { Location: `/api/v1/prescriptions/${uploaded.id}` } };
});
export const OPTIONS = preflight;
