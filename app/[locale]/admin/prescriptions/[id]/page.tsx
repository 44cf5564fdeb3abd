import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getLocale, getTranslations } from 'next-intl/server';
import { OcrText } from '@/components/prescriptions/ocr-text';
import { ApproveForm, RejectForm } from '@/components/prescriptions/review-forms';
import { RxFileViewer } from '@/components/prescriptions/rx-file-viewer';
import { PatientSummary } from '@/components/prescriptions/patient-summary';
import { SafetyWarningList } from '@/components/prescriptions/safety-warnings';
import { PrescriptionStatusBadge } from '@/components/prescriptions/status-badge';
import { db } from '@/db/client';
import { controlledMedicinesInReview } from '@/lib/controlled/approval';
import { safetyReviewForPrescription } from '@/lib/safety/load';
import { formattersFor } from '@/lib/i18n/format';
import { Link } from '@/lib/i18n/navigation';
import type { Messages } from '@/lib/i18n/messages';
import { addDays, nepalToday } from '@/lib/nepal-time';
import { requirePermission } from '@/lib/permissions/guard';
import { PrescriptionNotFoundError } from '@/lib/prescriptions/errors';
import { listRxProducts } from '@/lib/prescriptions/rx-products';
import { getPrescriptionForReview } from '@/lib/prescriptions/staff-queries';
import { prescriptionIdSchema, REJECTION_REASONS, type RejectionReason } from '@/lib/prescriptions/validation';
import { approvePrescriptionAction, rejectPrescriptionAction } from './actions';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('admin.prescriptions.review');
  return { title: t('metaTitle') };
}

type FlagKey = keyof Messages['admin']['prescriptions']['review']['flags'];
const FLAG_KEYS: readonly FlagKey[] = ['same_file_other_account', 'same_prescriber_patient_other_account', 'orders_exceed_approval'];
const isFlagKey = (flag: string): flag is FlagKey => (FLAG_KEYS as readonly string[]).includes(flag);

async function load(id: string) {
  if (!prescriptionIdSchema.safeParse(id).success) notFound();
  try {
    return await getPrescriptionForReview(id);
  } catch (error) {
    if (error instanceof PrescriptionNotFoundError) notFound();
    throw error;
  }
}

export default async function ReviewPrescriptionPage({ params }: { params: Promise<{ id: string }> }) {
  await requirePermission('prescriptions.review');
  const p = await load((await params).id);
  const [rxProducts, safety, controlled] = await Promise.all([
    p.status === 'pending' ? listRxProducts() : [],
    safetyReviewForPrescription(db, p.id),
    p.status === 'pending' ? controlledMedicinesInReview(db, p.id, p.suggestions.map((s) => s.productId)) : [],
  ]);
  const hints = p.ocr.hints;
  const t = await getTranslations('admin.prescriptions.review');
  const tStatus = await getTranslations('admin.status.order');
  const f = formattersFor(await getLocale());
  // Rejection reasons are lib/prescriptions/validation.ts's labels, in the reader's language.
  const reasonLabel = (reason: RejectionReason) => t(`rejectionReasons.${reason}`);
  return (
    <div className="space-y-4">
      <p className="text-sm"><Link href="/admin/prescriptions" className="text-brand-700 underline">{t('back')}</Link></p>
      <div className="flex flex-wrap items-center gap-3">
        <h1 className="text-2xl font-bold">{t('title', { name: p.customer.name })}</h1>
        <PrescriptionStatusBadge status={p.status} />
      </div>
      <p className="text-sm text-slate-600 [overflow-wrap:anywhere]">{p.customer.email}{p.customer.phone ? ` · ${p.customer.phone}` : ''} · {t('uploaded', { when: f.dateTime(p.uploadedAt) })} · {t('sizeKb', { size: f.count(Math.round(p.fileSize / 1024)) })}</p>
      {p.flags.length > 0 ? (
        <ul role="alert" className="space-y-1 rounded-md bg-rose-50 p-3 text-sm text-rose-900">
          {p.flags.map((flag) => <li key={flag}>{isFlagKey(flag) ? t(`flags.${flag}`) : flag}</li>)}
          {p.sameFileElsewhere.map((twin) => <li key={twin.id}>{t('sameFile')}<Link className="underline" href={`/admin/prescriptions/${twin.id}`}>{twin.customerEmail}</Link></li>)}
          {p.otherAccounts.filter((m) => m.reason === 'same_prescriber_patient').map((m) => (
            <li key={m.id} data-testid="same-prescriber-patient">{t('samePrescriberPatient')}<Link className="underline" href={`/admin/prescriptions/${m.id}`}>{m.customerEmail}</Link></li>
          ))}
        </ul>
      ) : null}

      <div className="grid gap-6 lg:grid-cols-2 [&>*]:min-w-0">
        <section aria-label={t('fileLabel')}>
          <RxFileViewer fileUrl={`/api/prescriptions/${p.id}/file`} pageCount={p.pageCount} />
        </section>

        <div className="space-y-4">
          <section aria-labelledby="patient-heading" className="rounded-lg border border-slate-200 bg-white p-4">
            <h2 id="patient-heading" className="mb-2 font-semibold">{t('patient')}</h2>
            <PatientSummary patients={safety.patients} />
          </section>

          <section aria-labelledby="ocr-heading" className="rounded-lg border border-slate-200 bg-white p-4">
            <h2 id="ocr-heading" className="font-semibold">{t('ocrHeading')}</h2>
            {p.ocr.status === 'queued' || p.ocr.status === 'running' ? (
              <p className="mt-2 text-sm text-slate-600">{t('ocrStillReading')}</p>
            ) : p.ocr.status === 'failed' ? (
              <p className="mt-2 text-sm text-slate-600">{p.ocr.error ? t('ocrFailedWithError', { error: p.ocr.error }) : t('ocrFailed')}</p>
            ) : (
              <>
                <dl className="mt-2 grid grid-cols-[8rem_1fr] gap-y-1 text-sm">
                  <dt className="text-slate-600">{t('nmcNumber')}</dt><dd className="font-mono" data-testid="nmc-number">{hints?.nmcNumber ?? t('notFound')}</dd>
                  <dt className="text-slate-600">{t('doctor')}</dt><dd>{hints?.doctorName ?? t('notFound')}</dd>
                  <dt className="text-slate-600">{t('patient')}</dt><dd>{hints?.patientName ?? t('notFound')}</dd>
                  <dt className="text-slate-600">{t('date')}</dt>
                  <dd data-testid="prescription-date">
                    {hints?.date ? f.day(hints.date) : hints?.dateText ?? t('notFound')}
                    {hints?.date && hints.dateCalendar === 'BS' ? <span className="text-slate-600">{t('writtenInBs', { text: hints.dateText ?? '' })}</span> : null}
                  </dd>
                  <dt className="text-slate-600">{t('engine')}</dt><dd>{p.ocr.engine}{p.ocr.confidence !== null ? t('confidence', { percent: f.count(Math.round(p.ocr.confidence * 100)) }) : ''}</dd>
                </dl>
                {hints && hints.medicines.length > 0 ? (
                  <ul className="mt-2 text-sm" aria-label={t('suggestedMatches')}>
                    {hints.medicines.map((m) => (
                      <li key={m.productId}>“{m.line}” → <strong>{m.brandName} {m.strength}</strong> <span className="text-slate-500">({f.count(Math.round(m.confidence * 100))}%)</span></li>
                    ))}
                  </ul>
                ) : null}
                <div className="mt-3"><OcrText text={p.ocr.text ?? ''} highlight={hints?.nmcText ?? null} /></div>
              </>
            )}
          </section>

          <section aria-labelledby="orders-heading" className="rounded-lg border border-slate-200 bg-white p-4">
            <h2 id="orders-heading" className="font-semibold">{t('linkedOrders')}</h2>
            {p.orders.length === 0 ? <p className="mt-2 text-sm text-slate-600">{t('notLinked')}</p> : (
              <ul className="mt-2 space-y-2 text-sm">
                {p.orders.map((o) => (
                  <li key={o.id} data-testid="review-linked-order">
                    <span className="font-medium">{o.number}</span> · {tStatus(o.status)} · {f.dateTime(o.createdAt)}
                    <ul className="ml-4 list-disc">
                      {o.rxLines.map((l) => {
                        const patient = safety.patientOfLine.get(`${o.id}:${l.productId}`);
                        return <li key={l.productId}>{l.name} × {f.count(l.quantity)}{patient ? <span className="text-slate-600">{t('forPatient', { name: patient.name })}</span> : null}</li>;
                      })}
                    </ul>
                  </li>
                ))}
              </ul>
            )}
          </section>

          {p.status === 'pending' ? (
            <>
              <section aria-labelledby="approve-heading" className="rounded-lg border border-emerald-200 bg-white p-4">
                <h2 id="approve-heading" className="mb-3 text-lg font-semibold">{t('approve')}</h2>
                <ApproveForm
                  action={approvePrescriptionAction}
                  prescriptionId={p.id}
                  suggestions={p.suggestions}
                  rxProducts={rxProducts}
                  defaultValidUntil={addDays(nepalToday(), 30)}
                  warnings={safety.warnings}
                  prescriber={{ ocrNmcNumber: hints?.nmcNumber ?? null, ocrDoctorName: hints?.doctorName ?? null, controlled }}
                />
              </section>
              <section aria-labelledby="reject-heading" className="rounded-lg border border-rose-200 bg-white p-4">
                <h2 id="reject-heading" className="mb-3 text-lg font-semibold">{t('reject')}</h2>
                <RejectForm action={rejectPrescriptionAction} prescriptionId={p.id} reasons={REJECTION_REASONS.map((value) => ({ value, label: reasonLabel(value) }))} />
              </section>
            </>
          ) : (
            <section aria-labelledby="decision-heading" className="rounded-lg border border-slate-200 bg-white p-4 text-sm">
              <h2 id="decision-heading" className="font-semibold">{t('decision')}</h2>
              <p className="mt-1">{p.review.reviewedAt ? t('byOn', { name: p.review.reviewerName ?? t('unknownReviewer'), when: f.dateTime(p.review.reviewedAt) }) : t('by', { name: p.review.reviewerName ?? t('unknownReviewer') })}</p>
              {p.review.validUntil ? <p>{t('validUntil', { day: f.day(p.review.validUntil) })}</p> : null}
              {p.prescriber.nmcNumber || p.prescriber.name ? <p data-testid="recorded-prescriber">{p.prescriber.nmcNumber ? t('prescriberNmc', { name: p.prescriber.name ?? t('notRecorded'), nmc: p.prescriber.nmcNumber }) : t('prescriber', { name: p.prescriber.name ?? t('notRecorded') })}</p> : null}
              {p.review.rejectionReason ? <p>{t('reason', { reason: reasonLabel(p.review.rejectionReason as RejectionReason), detail: p.review.rejectionDetail ?? '' })}</p> : null}
              {p.review.messageToCustomer ? <p>{t('messageToShopper', { message: p.review.messageToCustomer })}</p> : null}
              {p.review.internalNote ? <p>{t('internalNote', { note: p.review.internalNote })}</p> : null}
              {p.items.length > 0 ? (
                <ul className="mt-2 list-disc pl-5">{p.items.map((i) => <li key={i.productId}>{t('used', { name: i.name, used: f.count(i.quantityUsed), approved: f.count(i.quantityApproved) })}</li>)}</ul>
              ) : null}
              <h3 className="mt-3 font-semibold">{t('safetyNow')}</h3>
              <div className="mt-1"><SafetyWarningList warnings={safety.warnings} /></div>
            </section>
          )}
        </div>
      </div>
    </div>
  );
}
