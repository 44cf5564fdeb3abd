import { PDFiumLibrary } from '@hyzyla/pdfium';
import { FileRefusedError, MAX_PDF_PAGES } from './file-refusal';

/**
 * Turns an uploaded PDF into one bitmap per page with PDFium (WASM, no JavaScript engine inside),
 * so only pixels are kept: scripts, OpenAction, launch actions and embedded files never leave here.
 */

/** Pages are drawn at up to 200 dpi (PDF units are 1/72 inch): sharp enough for OCR and reading. */
const RENDER_SCALE = 200 / 72;
/** A page is drawn smaller rather than past this many pixels (about A3 at 200 dpi). */
export const MAX_PDF_RENDER_PIXELS = 12_000_000;
/** Larger than this at 72 dpi is no prescription (over 40 MP, like the photo limit): refused. */
export const MAX_PDF_PAGE_POINTS_AREA = 40_000_000;

export type RenderedPdfPage = { rgba: Buffer; width: number; height: number };

let library: Promise<PDFiumLibrary> | null = null;
let queue: Promise<unknown> = Promise.resolve();

function pdfium(): Promise<PDFiumLibrary> {
  library ??= PDFiumLibrary.init().catch((error) => {
    library = null;
    throw error;
  });
  return library;
}

function refusalFor(error: unknown): FileRefusedError {
  if (error instanceof FileRefusedError) return error;
  const message = error instanceof Error ? error.message : '';
  return new FileRefusedError(/password|security/i.test(message) ? 'pdf_encrypted' : 'pdf_unreadable');
}

/** The scale that draws the page at 200 dpi, or smaller when that would pass the pixel cap. */
export function pageScale(widthPoints: number, heightPoints: number): number {
  const area = widthPoints * heightPoints;
  if (!(area > 0) || area > MAX_PDF_PAGE_POINTS_AREA) throw new FileRefusedError('pdf_page_too_large');
  return Math.min(RENDER_SCALE, Math.sqrt(MAX_PDF_RENDER_PIXELS / area));
}

async function render<T>(bytes: Buffer, onPage: (page: RenderedPdfPage) => Promise<T>): Promise<T[]> {
  const lib = await pdfium();
  const document = await lib.loadDocument(new Uint8Array(bytes)).catch((error: unknown) => {
    throw refusalFor(error);
  });
  try {
    const count = document.getPageCount();
    if (count < 1) throw new FileRefusedError('pdf_no_pages');
    if (count > MAX_PDF_PAGES) throw new FileRefusedError('pdf_too_many_pages');
    const pages: T[] = [];
    for (let index = 0; index < count; index++) {
      const page = document.getPage(index);
      const { originalWidth, originalHeight } = page.getOriginalSize();
      const scale = pageScale(originalWidth, originalHeight);
      // Rendered as RGBA on white; form fields are drawn as they look, never run.
      const drawn = await page.render({ scale, render: 'bitmap', colorSpace: 'BGRA', transparent: false });
      // Each page is handed on before the next is drawn, so only one large bitmap is held at a time.
      pages.push(await onPage({ rgba: Buffer.from(drawn.data), width: drawn.width, height: drawn.height }));
    }
    return pages;
  } catch (error) {
    throw refusalFor(error);
  } finally {
    document.destroy();
  }
}

/** Draws every page and hands each to `onPage`; one PDF at a time, as the WASM library has one memory. */
export function renderPdfPages<T>(bytes: Buffer, onPage: (page: RenderedPdfPage) => Promise<T>): Promise<T[]> {
  const run = queue.then(() => render(bytes, onPage));
  queue = run.catch(() => undefined);
  return run;
}
