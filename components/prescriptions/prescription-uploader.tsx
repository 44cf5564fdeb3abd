'use client';

import { useEffect, useRef, useState } from 'react';
import { useLocale, useTranslations } from 'next-intl';
import { formattersFor } from '@/lib/i18n/format';
import { useRouter } from '@/lib/i18n/navigation';
import type { UploadProblem } from '@/lib/prescriptions/upload-problems';

const ACCEPT = 'image/jpeg,image/png,image/webp,application/pdf';
const MAX_BYTES = 10 * 1024 * 1024;

type State =
  | { phase: 'idle' }
  | { phase: 'chosen' }
  | { phase: 'uploading'; percent: number }
  | { phase: 'done'; id: string }
  | { phase: 'queued' }
  | { phase: 'error'; problem: Problem };

/** What went wrong: the server's code, the connection, or an answer without a code this page knows. */
type Problem = UploadProblem | 'offline' | 'unknown';
type Translate = ReturnType<typeof useTranslations<'orders.prescriptions.uploader'>>;

function problemOf(t: Translate, code: unknown): Problem {
  return typeof code === 'string' && t.has(`problems.${code as UploadProblem}`) ? (code as UploadProblem) : 'unknown';
}

/** The words for a refused upload in the page's language; the server's `error` is English for other clients. */
export function UploadProblemAlert({ problem }: { problem: Problem }) {
  const t = useTranslations('orders.prescriptions.uploader');
  const text = problem === 'offline' ? t('connectionDropped') : problem === 'unknown' ? t('failed') : t(`problems.${problem}`);
  return <p role="alert" className="rounded-md bg-rose-50 p-3 text-sm text-rose-900">{text}</p>;
}

/**
 * Picker, drag-and-drop and phone camera for one prescription file, uploaded with
 * XMLHttpRequest so the shopper sees real progress. The server decides what is acceptable;
 * the size check here only saves a pointless upload.
 */
export type PatientChoice = { id: string; label: string };

export function PrescriptionUploader({ onUploaded, patients = [] }: { onUploaded?: (id: string, patientId: string | null) => void; patients?: PatientChoice[] }) {
  const router = useRouter();
  const t = useTranslations('orders.prescriptions.uploader');
  const f = formattersFor(useLocale());
  const [file, setFile] = useState<File | null>(null);
  const [preview, setPreview] = useState<string | null>(null);
  const [state, setState] = useState<State>({ phase: 'idle' });
  const [dragging, setDragging] = useState(false);
  const pickerRef = useRef<HTMLInputElement>(null);
  const [patientId, setPatientId] = useState<string>(patients[0]?.id ?? '');

  useEffect(() => () => void (preview && URL.revokeObjectURL(preview)), [preview]);

  function choose(next: File | undefined) {
    if (!next) return;
    if (next.size > MAX_BYTES) {
      setFile(null);
      setPreview(null);
      setState({ phase: 'error', problem: 'too_large' });
      return;
    }
    setFile(next);
    setPreview(next.type.startsWith('image/') ? URL.createObjectURL(next) : null);
    setState({ phase: 'chosen' });
  }

  function upload() {
    if (!file) return;
    const body = new FormData();
    body.append('file', file);
    if (patientId) body.append('patientId', patientId);
    const request = new XMLHttpRequest();
    request.open('POST', '/api/prescriptions');
    request.responseType = 'json';
    request.upload.onprogress = (event) => {
      if (event.lengthComputable) setState({ phase: 'uploading', percent: Math.round((event.loaded / event.total) * 100) });
    };
    request.onload = () => {
      const response = (request.response ?? {}) as { id?: string; url?: string; code?: unknown };
      // No connection: the service worker (service-worker/sw.ts) kept it and uploads it once back online.
      if (request.status === 202) {
        setState({ phase: 'queued' });
        return;
      }
      if (request.status === 201 && response.id) {
        setState({ phase: 'done', id: response.id });
        if (onUploaded) onUploaded(response.id, patientId || null);
        else router.push(response.url ?? `/prescriptions/${response.id}`);
      } else {
        setState({ phase: 'error', problem: problemOf(t, response.code) });
      }
    };
    request.onerror = () => setState({ phase: 'error', problem: 'offline' });
    setState({ phase: 'uploading', percent: 0 });
    request.send(body);
  }

  const busy = state.phase === 'uploading';
  return (
    <div className="space-y-4">
      {patients.length > 0 ? (
        <label className="block text-sm font-medium text-slate-800">
          <span aria-hidden="true">{t('whoFor')}</span>
          <select
            aria-label={t('whoFor')}
            value={patientId}
            onChange={(e) => setPatientId(e.target.value)}
            disabled={busy}
            className="mt-1 block w-full rounded-md border border-slate-300 bg-white px-3 py-2 font-normal sm:w-80"
          >
            {patients.map((p) => (
              <option key={p.id} value={p.id}>
                {p.label}
              </option>
            ))}
          </select>
        </label>
      ) : null}
      <div
        onDragOver={(e) => {
          e.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={(e) => {
          e.preventDefault();
          setDragging(false);
          choose(e.dataTransfer.files[0]);
        }}
        data-testid="prescription-dropzone"
        className={`rounded-lg border-2 border-dashed p-6 text-center ${dragging ? 'border-brand-600 bg-brand-50' : 'border-slate-300 bg-white'}`}
      >
        <p className="font-medium">{t('drop')}</p>
        <p className="mt-1 text-sm text-slate-600">{t('requirements')}</p>
        <div className="mt-4 flex flex-wrap justify-center gap-3">
          <label className="cursor-pointer rounded-md bg-brand-700 px-4 py-2 text-sm font-semibold text-white hover:bg-brand-800">
            {t('chooseFile')}
            <input ref={pickerRef} type="file" accept={ACCEPT} className="sr-only" disabled={busy} onChange={(e) => choose(e.target.files?.[0])} />
          </label>
          <label className="cursor-pointer rounded-md border border-brand-700 px-4 py-2 text-sm font-semibold text-brand-700 hover:bg-brand-50">
            {t('takePhoto')}
            <input type="file" accept="image/*" capture="environment" className="sr-only" disabled={busy} onChange={(e) => choose(e.target.files?.[0])} />
          </label>
        </div>
      </div>

      {file ? (
        <div className="flex items-start gap-4 rounded-lg border border-slate-200 bg-white p-4">
          {preview ? (
            // eslint-disable-next-line @next/next/no-img-element -- a local blob preview, not an optimisable asset
            <img src={preview} alt={t('previewAlt')} className="h-40 w-32 rounded border object-contain" />
          ) : (
            <div className="flex h-40 w-32 items-center justify-center rounded border bg-slate-50 text-sm font-semibold text-slate-600">PDF</div>
          )}
          <div className="min-w-0 flex-1 text-sm">
            <p className="truncate font-medium" title={file.name}>{file.name}</p>
            <p className="text-slate-600">{t('size', { megabytes: f.twoDecimals(file.size / 1024 / 1024) })}</p>
            {state.phase === 'uploading' ? (
              <div className="mt-3">
                <progress max={100} value={state.percent} className="h-2 w-full" aria-label={t('progress')} />
                <p className="mt-1 text-slate-600" aria-live="polite">{t('uploading', { percent: f.count(state.percent) })}</p>
              </div>
            ) : state.phase === 'done' ? (
              <p className="mt-3 font-medium text-brand-700" role="status">{t('uploaded')}</p>
            ) : state.phase === 'queued' ? (
              <p className="mt-3 font-medium text-amber-900" role="status">
                {t('queued')}
              </p>
            ) : (
              <button type="button" onClick={upload} className="mt-3 rounded-md bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800">
                {t('upload')}
              </button>
            )}
          </div>
        </div>
      ) : null}

      {state.phase === 'error' ? <UploadProblemAlert problem={state.problem} /> : null}
    </div>
  );
}
