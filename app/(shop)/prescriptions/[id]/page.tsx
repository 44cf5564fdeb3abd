import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { RefreshWhenRead } from '@/components/prescriptions/refresh-when-read';
import { PrescriptionStatusBadge } from '@/components/prescriptions/status-badge';
import { requireUser } from '@/lib/auth/current-user';
import { formatDateTime, formatDay } from '@/lib/nepal-time';
import { PrescriptionNotFoundError } from '@/lib/prescriptions/errors';
import { getMyPrescription } from '@/lib/prescriptions/shopper-queries';
import { prescriptionIdSchema } from '@/lib/prescriptions/validation';
import { ORDER_STATUS_LABELS } from '@/lib/orders/status-rules';

export const metadata: Metadata = { title: 'Prescription', robots: { index: false } };

async function load(userId: string, id: string) {
  if (!prescriptionIdSchema.safeParse(id).success) notFound();
  try {
    return await getMyPrescription(userId, id);
  } catch (error) {
    if (error instanceof PrescriptionNotFoundError) notFound();
    throw error;
  }
}

export default async function PrescriptionPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requireUser();
  const p = await load(user.id, (await params).id);
  const fileUrl = `/api/prescriptions/${p.id}/file`;
  return (
    <div className="mx-auto max-w-3xl space-y-6">
      {p.reading ? <RefreshWhenRead prescriptionId={p.id} /> : null}
      <div>
        <p className="text-sm"><Link href="/prescriptions" className="text-brand-700 underline">Your prescriptions</Link></p>
        <div className="mt-2 flex flex-wrap items-center gap-3">
          <h1 className="text-2xl font-bold">Prescription</h1>
          <PrescriptionStatusBadge status={p.status} />
        </div>
        <p className="mt-1 text-sm text-slate-600">Uploaded {formatDateTime(p.uploadedAt)}{p.patientName ? ` · for ${p.patientName}` : ''}</p>
      </div>

      {p.status === 'pending' ? (
        <p className="rounded-md bg-amber-50 p-3 text-sm text-amber-950">A pharmacist will review your prescription shortly. We will email you when it is done.</p>
      ) : null}
      {p.status === 'approved' && p.validUntil ? (
        <p className="rounded-md bg-emerald-50 p-3 text-sm text-emerald-950">Approved — valid until <strong>{formatDay(p.validUntil)}</strong>.</p>
      ) : null}
      {p.status === 'expired' && p.validUntil ? (
        <p className="rounded-md bg-slate-100 p-3 text-sm">This prescription expired on {formatDay(p.validUntil)}. Upload a new one for further orders.</p>
      ) : null}
      {p.status === 'rejected' ? (
        <div className="rounded-md bg-rose-50 p-4 text-sm text-rose-950">
          <p className="font-semibold">We could not accept this prescription{p.rejectionReason ? `: ${p.rejectionReason.toLowerCase()}` : ''}.</p>
          <Link href="/prescriptions/new" className="mt-3 inline-block rounded-md bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800">
            Upload a new prescription
          </Link>
        </div>
      ) : null}
      {p.messageToCustomer ? (
        <section aria-labelledby="message-heading" className="rounded-lg border border-slate-200 bg-white p-4">
          <h2 id="message-heading" className="font-semibold">Message from the pharmacist</h2>
          <p className="mt-1 whitespace-pre-line text-slate-800">{p.messageToCustomer}</p>
        </section>
      ) : null}

      <div className="grid gap-6 md:grid-cols-2">
        <section aria-labelledby="file-heading" className="rounded-lg border border-slate-200 bg-white p-4">
          <h2 id="file-heading" className="font-semibold">Your file</h2>
          {/* Always an image: a PDF was turned into one image per page when it was uploaded. */}
          {/* eslint-disable-next-line @next/next/no-img-element -- private, streamed by an authorised route */}
          <img src={fileUrl} alt="Your uploaded prescription" className="mt-3 max-h-96 w-full rounded border object-contain" />
          <p className="mt-3 flex flex-wrap gap-3 text-sm">
            {p.pageCount > 1 ? (
              Array.from({ length: p.pageCount }, (_, index) => index + 1).map((n) => (
                <a key={n} href={n > 1 ? `${fileUrl}?page=${n}` : fileUrl} target="_blank" rel="noopener" className="text-brand-700 underline">
                  Open page {n}
                </a>
              ))
            ) : (
              <a href={fileUrl} target="_blank" rel="noopener" className="text-brand-700 underline">Open the file</a>
            )}
          </p>
        </section>

        <section aria-labelledby="ocr-heading" className="rounded-lg border border-slate-200 bg-white p-4" aria-live="polite">
          <h2 id="ocr-heading" className="font-semibold">What we read</h2>
          {p.reading ? (
            <p className="mt-2 text-slate-700" data-testid="ocr-reading">Reading your prescription…</p>
          ) : p.ocr.status === 'failed' ? (
            <p className="mt-2 text-slate-700">We could not read it automatically; the pharmacist will read it directly.</p>
          ) : (
            <dl className="mt-2 space-y-1 text-sm" data-testid="ocr-result">
              <div><dt className="inline text-slate-600">Doctor: </dt><dd className="inline">{p.ocr.doctorName ?? 'not found'}</dd></div>
              <div><dt className="inline text-slate-600">Date: </dt><dd className="inline">{p.ocr.date ? formatDay(p.ocr.date) : 'not found'}</dd></div>
              <div>
                <dt className="inline text-slate-600">Medicines: </dt>
                <dd className="inline">{p.ocr.medicines.length > 0 ? p.ocr.medicines.join(', ') : 'none recognised'}</dd>
              </div>
              <p className="pt-2 text-xs text-slate-500">Read by a machine; the pharmacist checks the original.</p>
            </dl>
          )}
        </section>
      </div>

      {p.covers.length > 0 ? (
        <section aria-labelledby="covers-heading" className="rounded-lg border border-slate-200 bg-white p-4">
          <h2 id="covers-heading" className="font-semibold">What it covers</h2>
          <table className="mt-2 w-full text-sm">
            <thead><tr className="text-left text-slate-600"><th className="py-1">Medicine</th><th>Approved</th><th>Used</th></tr></thead>
            <tbody>
              {p.covers.map((c) => (
                <tr key={c.productId} className="border-t border-slate-100"><td className="py-1">{c.name}</td><td>{c.quantityApproved}</td><td>{c.quantityUsed}</td></tr>
              ))}
            </tbody>
          </table>
        </section>
      ) : null}

      <section aria-labelledby="orders-heading" className="rounded-lg border border-slate-200 bg-white p-4">
        <h2 id="orders-heading" className="font-semibold">Orders using it</h2>
        {p.orders.length === 0 ? (
          <p className="mt-2 text-sm text-slate-600">No orders yet.</p>
        ) : (
          <ul className="mt-2 space-y-1 text-sm">
            {p.orders.map((o) => (
              <li key={o.id}>
                <Link href={`/orders/${o.number}`} className="text-brand-700 underline">{o.number}</Link>{' '}
                <span data-testid="linked-order-status">{ORDER_STATUS_LABELS[o.status]}</span>
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
