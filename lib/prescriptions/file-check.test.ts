import { crc32 } from 'node:zlib';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { makePdf, PDF_EMBEDDED_FILE_MARKER, PDF_LAUNCH_MARKER, PDF_SCRIPT } from '@/test-support/pdf';
import { checkPrescriptionFile, FileRefusedError, MAX_PDF_PAGES } from './file-check';

async function refusal(bytes: Buffer): Promise<FileRefusedError> {
  const error = await checkPrescriptionFile(bytes).then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(FileRefusedError);
  return error as FileRefusedError;
}

function noisyJpeg(width = 400, height = 300) {
  const raw = Buffer.alloc(width * height * 3);
  for (let i = 0; i < raw.length; i++) raw[i] = (i * 7919) % 251;
  return sharp(raw, { raw: { width, height, channels: 3 } }).jpeg();
}

/** A PNG whose header claims the given size; the pixel limit must refuse it before decoding. */
function pngHeaderOnly(width: number, height: number): Buffer {
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body));
    return Buffer.concat([length, body, crc]);
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr.set([8, 2, 0, 0, 0], 8);
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', ihdr), chunk('IDAT', Buffer.alloc(16)), chunk('IEND', Buffer.alloc(0))]);
}

const GPS_IFD_POINTER_LE = Buffer.from([0x25, 0x88]);

describe('checkPrescriptionFile', () => {
  it('refuses an HTML page renamed to .jpg, whatever the name says', async () => {
    const error = await refusal(Buffer.from('<!doctype html><html><script>alert(1)</script></html>'));
    expect(error.reason).toBe('wrong_type');
    expect(error.message).toMatch(/JPEG, PNG, WebP or PDF/);
  });

  it('refuses an SVG with its own message', async () => {
    const error = await refusal(Buffer.from('<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'));
    expect(error.reason).toBe('svg');
    expect(error.message).toMatch(/SVG drawings are not accepted/);
  });

  it('refuses a Windows executable and an ELF binary', async () => {
    const exe = Buffer.concat([Buffer.from('MZ'), Buffer.alloc(200, 0x90)]);
    const elf = Buffer.concat([Buffer.from([0x7f, 0x45, 0x4c, 0x46]), Buffer.alloc(200)]);
    expect((await refusal(exe)).message).toMatch(/Programs cannot be uploaded/);
    expect((await refusal(elf)).reason).toBe('executable');
  });

  it('refuses a 12 MB file before looking at its pixels', async () => {
    const big = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.alloc(12 * 1024 * 1024)]);
    const error = await refusal(big);
    expect(error.reason).toBe('too_large');
    expect(error.message).toMatch(/larger than 10 MB/);
  });

  it('refuses a 20000 × 20000 pixel image', async () => {
    const error = await refusal(pngHeaderOnly(20_000, 20_000));
    expect(error.reason).toBe('too_many_pixels');
    expect(error.message).toMatch(/40 megapixels/);
  });

  it('refuses a truncated JPEG as unreadable', async () => {
    const whole = await noisyJpeg().toBuffer();
    const error = await refusal(whole.subarray(0, Math.floor(whole.length * 0.7)));
    expect(error.reason).toBe('unreadable');
    expect(error.message).toMatch(/could not be read/);
  });

  it('refuses a PDF cut off in transit, and one that is only a header, with the PDF message', async () => {
    const whole = makePdf({ pages: [['Rx', 'Tab. Paracetamol 500 mg']] });
    for (const broken of [whole.subarray(0, Math.floor(whole.length * 0.3)), Buffer.from('%PDF-1.4\n1 0 obj\n<<>>\n')]) {
      const error = await refusal(broken);
      expect(error.reason).toBe('pdf_unreadable');
      expect(error.message).toMatch(/PDF could not be opened/);
    }
  });

  it('refuses a password-protected PDF with its own message', async () => {
    const error = await refusal(makePdf({ pages: [['secret']], encrypted: true }));
    expect(error.reason).toBe('pdf_encrypted');
    expect(error.message).toMatch(/protected by a password/);
  });

  it('refuses a PDF with no pages and one with more pages than the limit', async () => {
    expect((await refusal(makePdf({ pages: [] }))).reason).toBe('pdf_no_pages');
    const long = makePdf({ pages: Array.from({ length: MAX_PDF_PAGES + 1 }, (_, i) => [`Page ${i + 1}`]) });
    const error = await refusal(long);
    expect(error.reason).toBe('pdf_too_many_pages');
    expect(error.message).toMatch(/more than 10 pages/);
  });

  it('refuses a PDF whose page is larger than the pixel limit at 72 dpi', async () => {
    const error = await refusal(makePdf({ pages: [['huge']], pageSize: { width: 14_400, height: 14_400 } }));
    expect(error.reason).toBe('pdf_page_too_large');
    expect(error.message).toMatch(/too large/);
  });

  it('turns a PDF with JavaScript, a launch action and an embedded file into one JPEG per page and nothing else', async () => {
    const pdf = makePdf({ pages: [['Dr. Sita Sharma', 'Rx'], ['Page two']], active: true });
    for (const marker of [PDF_SCRIPT, PDF_LAUNCH_MARKER, PDF_EMBEDDED_FILE_MARKER, '/OpenAction']) expect(pdf.includes(marker)).toBe(true);

    const checked = await checkPrescriptionFile(pdf);
    expect(checked.source).toBe('pdf');
    expect(checked.mime).toBe('image/jpeg');
    expect(checked.pages).toHaveLength(2);
    for (const page of checked.pages) {
      expect(page.bytes.subarray(0, 3)).toEqual(Buffer.from([0xff, 0xd8, 0xff]));
      const meta = await sharp(page.bytes).metadata();
      expect(meta.format).toBe('jpeg');
      // A4 at 200 dpi.
      expect([meta.width, meta.height]).toEqual([page.width, page.height]);
      expect(page.width).toBeGreaterThan(1500);
      for (const marker of ['app.viewerVersion', 'medinest', 'OpenAction', 'JavaScript', 'Launch', 'EmbeddedFile', '%PDF']) {
        expect(page.bytes.includes(Buffer.from(marker)), marker).toBe(false);
      }
    }
    // The first page shows ink (the text was drawn), not a blank sheet.
    const stats = await sharp(checked.pages[0]!.bytes).greyscale().stats();
    expect(stats.channels[0]!.min).toBeLessThan(100);
  });

  it('re-encodes a JPEG without its EXIF GPS position and keeps the hash of the upload', async () => {
    const withGps = await noisyJpeg()
      .withExif({ IFD0: { Make: 'TestCam' }, IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '27/1 42/1 0/1' } })
      .toBuffer();
    const before = await sharp(withGps).metadata();
    expect(before.exif?.includes(GPS_IFD_POINTER_LE)).toBe(true);

    const checked = await checkPrescriptionFile(withGps);
    expect(checked.mime).toBe('image/jpeg');
    expect(checked.pages).toHaveLength(1);
    const [page] = checked.pages;
    expect(page!.width).toBe(400);
    const after = await sharp(page!.bytes).metadata();
    expect(after.exif).toBeUndefined();
    expect(page!.bytes.includes(Buffer.from('TestCam'))).toBe(false);
    expect(checked.sha256).toMatch(/^[0-9a-f]{64}$/);
  });

  it('accepts PNG and WebP by their bytes and keeps their type', async () => {
    const png = await sharp({ create: { width: 10, height: 10, channels: 3, background: '#fff' } }).png().toBuffer();
    const webp = await sharp({ create: { width: 10, height: 10, channels: 3, background: '#fff' } }).webp().toBuffer();
    expect((await checkPrescriptionFile(png)).mime).toBe('image/png');
    expect((await checkPrescriptionFile(webp)).extension).toBe('webp');
  });
});
