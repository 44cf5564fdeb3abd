import { createHash } from 'node:crypto';
import sharp from 'sharp';
import { DomainError } from '@/lib/errors';

/**
 * Decides what an uploaded prescription file really is and makes the copy we keep. The type comes
 * from the first bytes, never from the name or the browser's claim; images are decoded and
 * re-encoded so nothing but pixels survives (EXIF GPS, comments, embedded scripts).
 */

export const MAX_PRESCRIPTION_BYTES = 10 * 1024 * 1024;
export const MAX_PRESCRIPTION_PIXELS = 40_000_000;

export type PrescriptionMime = 'image/jpeg' | 'image/png' | 'image/webp' | 'application/pdf';
export type RefusalReason = 'empty' | 'too_large' | 'wrong_type' | 'svg' | 'executable' | 'too_many_pixels' | 'unreadable';

const REFUSAL_MESSAGES: Record<RefusalReason, string> = {
  empty: 'The file is empty. Please choose the photo or PDF of your prescription again.',
  too_large: 'The file is larger than 10 MB. Please upload a smaller photo or PDF.',
  wrong_type: 'This file type is not accepted. Please upload a JPEG, PNG, WebP or PDF.',
  svg: 'SVG drawings are not accepted. Please upload a photo (JPEG, PNG, WebP) or a PDF of your prescription.',
  executable: 'Programs cannot be uploaded. Please upload a photo (JPEG, PNG, WebP) or a PDF of your prescription.',
  too_many_pixels: 'The image is too large (more than 40 megapixels). Please upload a smaller photo.',
  unreadable: 'The file could not be read; it may be damaged or incomplete. Please take the photo again.',
};

export class FileRefusedError extends DomainError {
  constructor(readonly reason: RefusalReason) {
    super(REFUSAL_MESSAGES[reason]);
  }
}

export type CheckedFile = {
  /** The bytes to store: re-encoded for images, unchanged for PDFs. */
  bytes: Buffer;
  mime: PrescriptionMime;
  extension: 'jpg' | 'png' | 'webp' | 'pdf';
  /** Of the uploaded bytes, so the same file sent again (by anyone) is recognised. */
  sha256: string;
  width?: number;
  height?: number;
};

function startsWith(bytes: Buffer, signature: number[], offset = 0): boolean {
  return bytes.length >= offset + signature.length && signature.every((b, i) => bytes[offset + i] === b);
}

export function sniffType(bytes: Buffer): PrescriptionMime | 'svg' | 'executable' | null {
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return 'image/jpeg';
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'image/png';
  if (startsWith(bytes, [0x52, 0x49, 0x46, 0x46]) && startsWith(bytes, [0x57, 0x45, 0x42, 0x50], 8)) return 'image/webp';
  if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46, 0x2d])) return 'application/pdf';
  // MZ (Windows), ELF, Mach-O, shebang scripts.
  if (
    startsWith(bytes, [0x4d, 0x5a]) ||
    startsWith(bytes, [0x7f, 0x45, 0x4c, 0x46]) ||
    startsWith(bytes, [0xcf, 0xfa, 0xed, 0xfe]) ||
    startsWith(bytes, [0xfe, 0xed, 0xfa, 0xcf]) ||
    startsWith(bytes, [0x23, 0x21])
  ) {
    return 'executable';
  }
  const head = bytes.subarray(0, 1024).toString('utf8').replace(/^\uFEFF/, '').trimStart().toLowerCase();
  if (head.startsWith('<svg') || (head.startsWith('<?xml') && head.includes('<svg'))) return 'svg';
  return null;
}

const EXTENSIONS = { 'image/jpeg': 'jpg', 'image/png': 'png', 'image/webp': 'webp', 'application/pdf': 'pdf' } as const;

async function reencode(bytes: Buffer, mime: Exclude<PrescriptionMime, 'application/pdf'>) {
  try {
    // failOn 'warning' turns a truncated JPEG ("premature end") into an error instead of grey pixels.
    const image = sharp(bytes, { limitInputPixels: MAX_PRESCRIPTION_PIXELS, failOn: 'warning' });
    // rotate() applies the EXIF orientation before the metadata (and with it the orientation) is dropped.
    const pipeline = image.rotate();
    const encoded =
      mime === 'image/jpeg'
        ? pipeline.jpeg({ quality: 90, mozjpeg: false })
        : mime === 'image/png'
          ? pipeline.png({ compressionLevel: 9 })
          : pipeline.webp({ quality: 90 });
    const { data, info } = await encoded.toBuffer({ resolveWithObject: true });
    return { data, width: info.width, height: info.height };
  } catch (error) {
    const message = error instanceof Error ? error.message : '';
    if (/pixel limit/i.test(message)) throw new FileRefusedError('too_many_pixels');
    throw new FileRefusedError('unreadable');
  }
}

function checkPdf(bytes: Buffer): void {
  // A PDF that does not end with its trailer was cut off in transit.
  const tail = bytes.subarray(Math.max(0, bytes.length - 2048)).toString('latin1');
  if (!tail.includes('%%EOF')) throw new FileRefusedError('unreadable');
}

export async function checkPrescriptionFile(bytes: Buffer): Promise<CheckedFile> {
  if (bytes.length === 0) throw new FileRefusedError('empty');
  if (bytes.length > MAX_PRESCRIPTION_BYTES) throw new FileRefusedError('too_large');
  const sniffed = sniffType(bytes);
  if (sniffed === 'svg' || sniffed === 'executable') throw new FileRefusedError(sniffed);
  if (sniffed === null) throw new FileRefusedError('wrong_type');

  const sha256 = createHash('sha256').update(bytes).digest('hex');
  if (sniffed === 'application/pdf') {
    checkPdf(bytes);
    return { bytes, mime: sniffed, extension: 'pdf', sha256 };
  }
  const { data, width, height } = await reencode(bytes, sniffed);
  return { bytes: data, mime: sniffed, extension: EXTENSIONS[sniffed], sha256, width, height };
}
