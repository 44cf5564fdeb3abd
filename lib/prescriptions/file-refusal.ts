import { DomainError } from '@/lib/errors';

/** Why an uploaded prescription file was refused, each with the message the shopper sees. */

export const MAX_PDF_PAGES = 10;

export type RefusalReason =
  | 'empty'
  | 'too_large'
  | 'wrong_type'
  | 'svg'
  | 'executable'
  | 'too_many_pixels'
  | 'unreadable'
  | 'pdf_unreadable'
  | 'pdf_encrypted'
  | 'pdf_no_pages'
  | 'pdf_too_many_pages'
  | 'pdf_page_too_large';

const REFUSAL_MESSAGES: Record<RefusalReason, string> = {
  empty: 'The file is empty. Please choose the photo or PDF of your prescription again.',
  too_large: 'The file is larger than 10 MB. Please upload a smaller photo or PDF.',
  wrong_type: 'This file type is not accepted. Please upload a JPEG, PNG, WebP or PDF.',
  svg: 'SVG drawings are not accepted. Please upload a photo (JPEG, PNG, WebP) or a PDF of your prescription.',
  executable: 'Programs cannot be uploaded. Please upload a photo (JPEG, PNG, WebP) or a PDF of your prescription.',
  too_many_pixels: 'The image is too large (more than 40 megapixels). Please upload a smaller photo.',
  unreadable: 'The file could not be read; it may be damaged or incomplete. Please take the photo again.',
  pdf_unreadable: 'This PDF could not be opened; it may be damaged or incomplete. Please upload a photo of the prescription instead.',
  pdf_encrypted: 'This PDF is protected by a password. Please upload an unprotected PDF or a photo of the prescription.',
  pdf_no_pages: 'This PDF has no pages. Please upload the PDF or a photo of your prescription again.',
  pdf_too_many_pages: `This PDF has more than ${MAX_PDF_PAGES} pages. Please upload only the pages of the prescription.`,
  pdf_page_too_large: 'A page of this PDF is too large to show (more than 40 megapixels). Please upload a photo of the prescription instead.',
};

export class FileRefusedError extends DomainError {
  constructor(readonly reason: RefusalReason) {
    super(REFUSAL_MESSAGES[reason]);
  }
}
