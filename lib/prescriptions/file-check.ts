import { createHash } from 'node:crypto';
import sharp, { type Sharp } from 'sharp';
import { FileRefusedError } from './file-refusal';
import { renderPdfPages, type RenderedPdfPage } from './pdf-pages';

/**
 * Decides what an uploaded prescription file really is and makes the copy we keep. The type comes
 * from the first bytes, never from the name or the browser's claim; images are decoded and
 * re-encoded so nothing but pixels survives (EXIF GPS, comments, embedded scripts), and a PDF is
 * drawn page by page into images: the PDF itself is never stored or served.
 */

export { FileRefusedError, MAX_PDF_PAGES, type RefusalReason } from './file-refusal';

export const MAX_PRESCRIPTION_BYTES = 10 * 1024 * 1024;
export const MAX_PRESCRIPTION_PIXELS = 40_000_000;

/** What an upload may be. */
export type UploadedMime = 'image/jpeg' | 'image/png' | 'image/webp' | 'application/pdf';
/** What we keep: always an image. */
export type StoredImageMime = Exclude<UploadedMime, 'application/pdf'>;

export type CheckedPage = { bytes: Buffer; width: number; height: number };

export type CheckedFile = {
  /** The images to store, in order: one for a photo, one per page for a PDF. */
  pages: CheckedPage[];
  mime: StoredImageMime;
  extension: 'jpg' | 'png' | 'webp';
  /** What was uploaded. */
  source: 'image' | 'pdf';
  /** Of the uploaded bytes, so the same file sent again (by anyone) is recognised. */
  sha256: string;
};

function startsWith(bytes: Buffer, signature: number[], offset = 0): boolean {
  return bytes.length >= offset + signature.length && signature.every((b, i) => bytes[offset + i] === b);
}

export function sniffType(bytes: Buffer): UploadedMime | 'svg' | 'executable' | null {
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

const EXTENSIONS = { 'image/jpeg': 'jpg', 'image/png': 'png', 'image/webp': 'webp' } as const;

function encode(pipeline: Sharp, mime: StoredImageMime): Sharp {
  return mime === 'image/jpeg'
    ? pipeline.jpeg({ quality: 90, mozjpeg: false })
    : mime === 'image/png'
      ? pipeline.png({ compressionLevel: 9 })
      : pipeline.webp({ quality: 90 });
}

async function reencode(bytes: Buffer, mime: StoredImageMime): Promise<CheckedPage> {
  try {
    // failOn 'warning' turns a truncated JPEG ("premature end") into an error instead of grey pixels.
    const image = sharp(bytes, { limitInputPixels: MAX_PRESCRIPTION_PIXELS, failOn: 'warning' });
    // rotate() applies the EXIF orientation before the metadata (and with it the orientation) is dropped.
    const { data, info } = await encode(image.rotate(), mime).toBuffer({ resolveWithObject: true });
    return { bytes: data, width: info.width, height: info.height };
  } catch (error) {
    const message = error instanceof Error ? error.message : '';
    if (/pixel limit/i.test(message)) throw new FileRefusedError('too_many_pixels');
    throw new FileRefusedError('unreadable');
  }
}

/** PDF pages are kept as JPEG: bounded size for scanned photos, sharp enough for text and OCR. */
export const PDF_PAGE_MIME = 'image/jpeg' satisfies StoredImageMime;

async function encodePdfPage(page: RenderedPdfPage): Promise<CheckedPage> {
  const raw = sharp(page.rgba, { raw: { width: page.width, height: page.height, channels: 4 } }).flatten({ background: '#ffffff' });
  const { data, info } = await encode(raw, PDF_PAGE_MIME).toBuffer({ resolveWithObject: true });
  return { bytes: data, width: info.width, height: info.height };
}

/** Every page of a PDF as a stored-image copy; refuses what cannot be drawn within the limits. */
export function pdfAsPageImages(bytes: Buffer): Promise<CheckedPage[]> {
  return renderPdfPages(bytes, encodePdfPage);
}

export async function checkPrescriptionFile(bytes: Buffer): Promise<CheckedFile> {
  if (bytes.length === 0) throw new FileRefusedError('empty');
  if (bytes.length > MAX_PRESCRIPTION_BYTES) throw new FileRefusedError('too_large');
  const sniffed = sniffType(bytes);
  if (sniffed === 'svg' || sniffed === 'executable') throw new FileRefusedError(sniffed);
  if (sniffed === null) throw new FileRefusedError('wrong_type');

  const sha256 = createHash('sha256').update(bytes).digest('hex');
  if (sniffed === 'application/pdf') {
    const pages = await pdfAsPageImages(bytes);
    return { pages, mime: PDF_PAGE_MIME, extension: EXTENSIONS[PDF_PAGE_MIME], source: 'pdf', sha256 };
  }
  const page = await reencode(bytes, sniffed);
  return { pages: [page], mime: sniffed, extension: EXTENSIONS[sniffed], source: 'image', sha256 };
}
