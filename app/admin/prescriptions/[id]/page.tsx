import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { OcrText } from '@/components/prescriptions/ocr-text';
import { ApproveForm, RejectForm } from '@/components/prescriptions/review-forms';
import { RxFileViewer } from '@/components/prescriptions/rx-file-viewer';
import { PatientSummary } from '@/components/prescriptions/patient-summary';
import { SafetyWarningList } from '@/components/prescriptions/safety-warnings';
import { PrescriptionStatusBadge } from '@/components/prescriptions/status-badge';
import { db } from '@/db/client';
import { controlledMedicinesInReview } from '@/lib/controlled/approval';
import { safetyReviewForPrescription } from '@/lib/safety/load';
import { addDays, formatDateTime, formatDay, nepalToday } from '@/lib/nepal-time';
import { requirePermission } from '@/lib/permissions/guard';
import { ORDER_STATUS_LABELS } from '@/lib/orders/status-rules';
import { PrescriptionNotFoundError } from '@/lib/prescriptions/errors';
import { listRxProducts } from '@/lib/prescriptions/rx-products';
import { getPrescriptionForReview } from '@/lib/prescriptions/staff-queries';
import { prescriptionIdSchema, REJECTION_REASON_LABELS, REJECTION_REASONS } from '@/lib/prescriptions/validation';
import { approvePrescriptionAction, rejectPrescriptionAction } from './actions';

export const metadata: Metadata = { title: 'Review prescription' };

const FLAG_LABELS: Record<string, string> = {
  same_file_other_account: 'The same file was uploaded by another account.',
  same_prescriber_patient_other_account: 'Another account uploaded a prescription from the same prescriber for the same patient name.',
  orders_exceed_approval: 'Linked orders ask for more than was approved.',
};

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
  return (
    <div className="space-y-4">
      <p className="text-sm"><Link href="/admin/prescriptions" className="text-brand-700 underline">Back to the queue</Link></p>
      <div className="flex flex-wrap items-center gap-3">
        <h1 className="text-2xl font-bold">Prescription from {p.customer.name}</h1>
        <PrescriptionStatusBadge status={p.status} />
      </div>
      <p className="text-sm text-slate-600 [overflow-wrap:anywhere]">{p.customer.email}{p.customer.phone ? ` · ${p.customer.phone}` : ''} · uploaded {formatDateTime(p.uploadedAt)} · {(p.fileSize / 1024).toFixed(0)} KB</p>
      {p.flags.length > 0 ? (
        <ul role="alert" className="space-y-1 rounded-md bg-rose-50 p-3 text-sm text-rose-900">
          {p.flags.map((f) => <li key={f}>{FLAG_LABELS[f] ?? f}</li>)}
          {p.sameFileElsewhere.map((t) => <li key={t.id}>Same file: <Link className="underline" href={`/admin/prescriptions/${t.id}`}>{t.customerEmail}</Link></li>)}
          {p.otherAccounts.filter((m) => m.reason === 'same_prescriber_patient').map((m) => (
            <li key={m.id} data-testid="same-prescriber-patient">Same prescriber and patient: <Link className="underline" href={`/admin/prescriptions/${m.id}`}>{m.customerEmail}</Link></li>
          ))}
        </ul>
      ) : null}

      <div className="grid gap-6 lg:grid-cols-2 [&>*]:min-w-0">
        <section aria-label="Prescription file">
          <RxFileViewer fileUrl={`/api/prescriptions/${p.id}/file`} pageCount={p.pageCount} />
        </section>

        <div className="space-y-4">
          <section aria-labelledby="patient-heading" className="rounded-lg border border-slate-200 bg-white p-4">
            <h2 id="patient-heading" className="mb-2 font-semibold">Patient</h2>
            <PatientSummary patients={safety.patients} />
          </section>

          <section aria-labelledby="ocr-heading" className="rounded-lg border border-slate-200 bg-white p-4">
            <h2 id="ocr-heading" className="font-semibold">Read by OCR</h2>
            {p.ocr.status === 'queued' || p.ocr.status === 'running' ? (
              <p className="mt-2 text-sm text-slate-600">Still reading… review does not have to wait.</p>
            ) : p.ocr.status === 'failed' ? (
              <p className="mt-2 text-sm text-slate-600">OCR could not read this file{p.ocr.error ? `: ${p.ocr.error}` : ''}.</p>
            ) : (
              <>
                <dl className="mt-2 grid grid-cols-[8rem_1fr] gap-y-1 text-sm">
                  <dt className="text-slate-600">NMC number</dt><dd className="font-mono" data-testid="nmc-number">{hints?.nmcNumber ?? 'not found'}</dd>
                  <dt className="text-slate-600">Doctor</dt><dd>{hints?.doctorName ?? 'not found'}</dd>
                  <dt className="text-slate-600">Patient</dt><dd>{hints?.patientName ?? 'not found'}</dd>
                  <dt className="text-slate-600">Date</dt>
                  <dd data-testid="prescription-date">
                    {hints?.date ? formatDay(hints.date) : hints?.dateText ?? 'not found'}
                    {hints?.date && hints.dateCalendar === 'BS' ? <span className="text-slate-600"> · written in BS as “{hints.dateText}”</span> : null}
                  </dd>
                  <dt className="text-slate-600">Engine</dt><dd>{p.ocr.engine}{p.ocr.confidence !== null ? ` · ${Math.round(p.ocr.confidence * 100)}% confidence` : ''}</dd>
                </dl>
                {hints && hints.medicines.length > 0 ? (
                  <ul className="mt-2 text-sm" aria-label="Suggested catalog matches">
                    {hints.medicines.map((m) => (
                      <li key={m.productId}>“{m.line}” → <strong>{m.brandName} {m.strength}</strong> <span className="text-slate-500">({Math.round(m.confidence * 100)}%)</span></li>
                    ))}
                  </ul>
                ) : null}
                <div className="mt-3"><OcrText text={p.ocr.text ?? ''} highlight={hints?.nmcText ?? null} /></div>
              </>
            )}
          </section>

          <section aria-labelledby="orders-heading" className="rounded-lg border border-slate-200 bg-white p-4">
            <h2 id="orders-heading" className="font-semibold">Linked orders</h2>
            {p.orders.length === 0 ? <p className="mt-2 text-sm text-slate-600">Not linked to an order yet.</p> : (
              <ul className="mt-2 space-y-2 text-sm">
                {p.orders.map((o) => (
                  <li key={o.id} data-testid="review-linked-order">
                    <span className="font-medium">{o.number}</span> · {ORDER_STATUS_LABELS[o.status]} · {formatDateTime(o.createdAt)}
                    <ul className="ml-4 list-disc">
                      {o.rxLines.map((l) => {
                        const patient = safety.patientOfLine.get(`${o.id}:${l.productId}`);
                        return <li key={l.productId}>{l.name} × {l.quantity}{patient ? <span className="text-slate-600"> · for {patient.name}</span> : null}</li>;
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
                <h2 id="approve-heading" className="mb-3 text-lg font-semibold">Approve</h2>
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
                <h2 id="reject-heading" className="mb-3 text-lg font-semibold">Reject</h2>
                <RejectForm action={rejectPrescriptionAction} prescriptionId={p.id} reasons={REJECTION_REASONS.map((value) => ({ value, label: REJECTION_REASON_LABELS[value] }))} />
              </section>
            </>
          ) : (
            <section aria-labelledby="decision-heading" className="rounded-lg border border-slate-200 bg-white p-4 text-sm">
              <h2 id="decision-heading" className="font-semibold">Decision</h2>
              <p className="mt-1">By {p.review.reviewerName ?? 'unknown'}{p.review.reviewedAt ? ` on ${formatDateTime(p.review.reviewedAt)}` : ''}.</p>
              {p.review.validUntil ? <p>Valid until {formatDay(p.review.validUntil)}.</p> : null}
              {p.prescriber.nmcNumber || p.prescriber.name ? <p data-testid="recorded-prescriber">Prescriber: {p.prescriber.name ?? 'not recorded'}{p.prescriber.nmcNumber ? `, NMC ${p.prescriber.nmcNumber}` : ''}.</p> : null}
              {p.review.rejectionReason ? <p>Reason: {REJECTION_REASON_LABELS[p.review.rejectionReason as keyof typeof REJECTION_REASON_LABELS]}. {p.review.rejectionDetail}</p> : null}
              {p.review.messageToCustomer ? <p>Message to shopper: {p.review.messageToCustomer}</p> : null}
              {p.review.internalNote ? <p>Internal note: {p.review.internalNote}</p> : null}
              {p.items.length > 0 ? (
                <ul className="mt-2 list-disc pl-5">{p.items.map((i) => <li key={i.productId}>{i.name}: {i.quantityUsed} of {i.quantityApproved} used</li>)}</ul>
              ) : null}
              <h3 className="mt-3 font-semibold">Safety checks now</h3>
              <div className="mt-1"><SafetyWarningList warnings={safety.warnings} /></div>
            </section>
          )}
        </div>
      </div>
    </div>
  );
}
