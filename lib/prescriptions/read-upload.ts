import { DomainError } from '@/lib/errors';
import { FileRefusedError, MAX_PRESCRIPTION_BYTES } from './file-check';

// Multipart framing and the other form fields add a little to the file itself.
const MAX_BODY_BYTES = MAX_PRESCRIPTION_BYTES + 64 * 1024;

/** The request is not a multipart upload with a file; the detail is for the log only. */
export class MalformedUploadError extends DomainError {
  constructor(detail: string) {
    super('Choose a photo or PDF of your prescription and try again.', undefined, detail);
  }
}

/**
 * Reads the multipart body of an upload request without ever holding more than the limit, even
 * when the client sends no Content-Length (chunked), then returns its `file` field and the
 * optional `patientId` (checked against the account in lib/patients, not here).
 */
export async function readPrescriptionUpload(request: Request): Promise<{ bytes: Buffer; patientId: string | null }> {
  if (Number(request.headers.get('content-length') ?? '0') > MAX_BODY_BYTES) throw new FileRefusedError('too_large');
  if (!request.body) throw new MalformedUploadError('No body');
  const chunks: Uint8Array[] = [];
  let total = 0;
  const reader = request.body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > MAX_BODY_BYTES) {
      await reader.cancel();
      throw new FileRefusedError('too_large');
    }
    chunks.push(value);
  }
  let form: FormData;
  try {
    form = await new Response(Buffer.concat(chunks), { headers: { 'content-type': request.headers.get('content-type') ?? '' } }).formData();
  } catch {
    throw new MalformedUploadError('Not a multipart form');
  }
  const file = form.get('file');
  if (!(file instanceof Blob)) throw new MalformedUploadError('No file field');
  const patientId = form.get('patientId');
  // A forged value of any shape reaches lib/patients, which refuses what is not the account's own.
  return { bytes: Buffer.from(await file.arrayBuffer()), patientId: typeof patientId === 'string' && patientId !== '' ? patientId.slice(0, 100) : null };
}

export async function readUploadedFile(request: Request): Promise<Buffer> {
  return (await readPrescriptionUpload(request)).bytes;
}
