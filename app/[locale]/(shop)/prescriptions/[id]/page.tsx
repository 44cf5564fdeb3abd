import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getLocale, getTranslations } from 'next-intl/server';
import { RefreshWhenRead } from '@/components/prescriptions/refresh-when-read';
import { PrescriptionStatusBadge } from '@/components/prescriptions/status-badge';
import { requireUser } from '@/lib/auth/current-user';
import { formattersFor } from '@/lib/i18n/format';
import { Link } from '@/lib/i18n/navigation';
import { PrescriptionNotFoundError } from '@/lib/prescriptions/errors';
import { getMyPrescription } from '@/lib/prescriptions/shopper-queries';
import { prescriptionIdSchema, REJECTION_REASON_LABELS, type RejectionReason } from '@/lib/prescriptions/validation';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('orders.prescriptions.detail'))('title'), robots: { index: false } };
}

/** The shopper query answers with lib's English label; the key finds the label in this page's language. */
function rejectionKey(label: string): RejectionReason | undefined {
  return (Object.keys(REJECTION_REASON_LABELS) as RejectionReason[]).find((key) => REJECTION_REASON_LABELS[key] === label);
}

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
  const [t, shop, locale] = await Promise.all([getTranslations('orders.prescriptions'), getTranslations('orders'), getLocale()]);
  const f = formattersFor(locale);
  const reasonKey = p.rejectionReason ? rejectionKey(p.rejectionReason) : undefined;
  const reason = reasonKey ? t(`rejectionReason.${reasonKey}`) : p.rejectionReason?.toLowerCase();
  return (
    <div className="mx-auto max-w-3xl space-y-6">
      {p.reading ? <RefreshWhenRead prescriptionId={p.id} /> : null}
      <div>
        <p className="text-sm"><Link href="/prescriptions" className="text-brand-700 underline">{t('detail.back')}</Link></p>
        <div className="mt-2 flex flex-wrap items-center gap-3">
          <h1 className="text-2xl font-bold">{t('detail.title')}</h1>
          <PrescriptionStatusBadge status={p.status} />
        </div>
        <p className="mt-1 text-sm text-slate-600">
          {t('detail.uploadedAt', { date: f.dateTime(p.uploadedAt) })}
          {p.patientName ? t('detail.forPatient', { patient: p.patientName }) : ''}
        </p>
      </div>

      {p.status === 'pending' ? (
        <p className="rounded-md bg-amber-50 p-3 text-sm text-amber-950">{t('detail.pending')}</p>
      ) : null}
      {p.status === 'approved' && p.validUntil ? (
        <p className="rounded-md bg-emerald-50 p-3 text-sm text-emerald-950">
          {t.rich('detail.approvedUntil', { date: f.day(p.validUntil), strong: (chunks) => <strong>{chunks}</strong> })}
        </p>
      ) : null}
      {p.status === 'expired' && p.validUntil ? (
        <p className="rounded-md bg-slate-100 p-3 text-sm">{t('detail.expiredOn', { date: f.day(p.validUntil) })}</p>
      ) : null}
      {p.status === 'rejected' ? (
        <div className="rounded-md bg-rose-50 p-4 text-sm text-rose-950">
          <p className="font-semibold">{reason ? t('detail.rejectedBecause', { reason }) : t('detail.rejected')}</p>
          <Link href="/prescriptions/new" className="mt-3 inline-block rounded-md bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800">
            {t('detail.uploadNew')}
          </Link>
        </div>
      ) : null}
      {p.messageToCustomer ? (
        <section aria-labelledby="message-heading" className="rounded-lg border border-slate-200 bg-white p-4">
          <h2 id="message-heading" className="font-semibold">{t('detail.messageHeading')}</h2>
          <p className="mt-1 whitespace-pre-line text-slate-800">{p.messageToCustomer}</p>
        </section>
      ) : null}

      <div className="grid gap-6 md:grid-cols-2">
        <section aria-labelledby="file-heading" className="rounded-lg border border-slate-200 bg-white p-4">
          <h2 id="file-heading" className="font-semibold">{t('detail.fileHeading')}</h2>
          {/* Always an image: a PDF was turned into one image per page when it was uploaded. */}
          {/* eslint-disable-next-line @next/next/no-img-element -- private, streamed by an authorised route */}
          <img src={fileUrl} alt={t('detail.fileAlt')} className="mt-3 max-h-96 w-full rounded border object-contain" />
          <p className="mt-3 flex flex-wrap gap-3 text-sm">
            {p.pageCount > 1 ? (
              Array.from({ length: p.pageCount }, (_, index) => index + 1).map((n) => (
                <a key={n} href={n > 1 ? `${fileUrl}?page=${n}` : fileUrl} target="_blank" rel="noopener" className="text-brand-700 underline">
                  {t('detail.openPage', { n: f.count(n) })}
                </a>
              ))
            ) : (
              <a href={fileUrl} target="_blank" rel="noopener" className="text-brand-700 underline">{t('detail.openFile')}</a>
            )}
          </p>
        </section>

        <section aria-labelledby="ocr-heading" className="rounded-lg border border-slate-200 bg-white p-4" aria-live="polite">
          <h2 id="ocr-heading" className="font-semibold">{t('detail.ocrHeading')}</h2>
          {p.reading ? (
            <p className="mt-2 text-slate-700" data-testid="ocr-reading">{t('detail.reading')}</p>
          ) : p.ocr.status === 'failed' ? (
            <p className="mt-2 text-slate-700">{t('detail.ocrFailed')}</p>
          ) : (
            <dl className="mt-2 space-y-1 text-sm" data-testid="ocr-result">
              <div><dt className="inline text-slate-600">{t('detail.doctor')} </dt><dd className="inline">{p.ocr.doctorName ?? t('detail.notFound')}</dd></div>
              <div><dt className="inline text-slate-600">{t('detail.date')} </dt><dd className="inline">{p.ocr.date ? f.day(p.ocr.date) : t('detail.notFound')}</dd></div>
              <div>
                <dt className="inline text-slate-600">{t('detail.medicines')} </dt>
                <dd className="inline">{p.ocr.medicines.length > 0 ? p.ocr.medicines.join(', ') : t('detail.noneRecognised')}</dd>
              </div>
              <p className="pt-2 text-xs text-slate-500">{t('detail.machineRead')}</p>
            </dl>
          )}
        </section>
      </div>

      {p.covers.length > 0 ? (
        <section aria-labelledby="covers-heading" className="rounded-lg border border-slate-200 bg-white p-4">
          <h2 id="covers-heading" className="font-semibold">{t('detail.coversHeading')}</h2>
          <table className="mt-2 w-full text-sm">
            <thead><tr className="text-left text-slate-600"><th className="py-1">{t('detail.medicine')}</th><th>{t('detail.approved')}</th><th>{t('detail.used')}</th></tr></thead>
            <tbody>
              {p.covers.map((c) => (
                <tr key={c.productId} className="border-t border-slate-100"><td className="py-1">{c.name}</td><td>{f.count(c.quantityApproved)}</td><td>{f.count(c.quantityUsed)}</td></tr>
              ))}
            </tbody>
          </table>
        </section>
      ) : null}

      <section aria-labelledby="orders-heading" className="rounded-lg border border-slate-200 bg-white p-4">
        <h2 id="orders-heading" className="font-semibold">{t('detail.ordersHeading')}</h2>
        {p.orders.length === 0 ? (
          <p className="mt-2 text-sm text-slate-600">{t('detail.noOrders')}</p>
        ) : (
          <ul className="mt-2 space-y-1 text-sm">
            {p.orders.map((o) => (
              <li key={o.id}>
                <Link href={`/orders/${o.number}`} className="text-brand-700 underline">{o.number}</Link>{' '}
                <span data-testid="linked-order-status">{shop(`status.${o.status}`)}</span>
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
