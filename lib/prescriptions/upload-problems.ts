import type { RefusalReason } from './file-refusal';

/**
 * Why POST /api/prescriptions refused an upload, as the `code` of its JSON answer: the uploader
 * (components/prescriptions/prescription-uploader.tsx) shows the words for it in the page's
 * language, while `error` keeps the English sentence for other clients and the log. A refused file
 * is named by its reason (lib/prescriptions/file-refusal.ts).
 */
export type UploadProblem = RefusalReason | 'sign_in' | 'too_many_uploads' | 'patient_not_yours' | 'no_file' | 'unexpected';
