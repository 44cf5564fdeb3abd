import type { Metadata } from 'next';
import { getLocale, getTranslations } from 'next-intl/server';
import { RefillButtons } from '@/components/account/refill-buttons';
import { requireUser } from '@/lib/auth/current-user';
import { formattersFor } from '@/lib/i18n/format';
import { refillsOf } from '@/lib/refills/account';
import { REMIND_DAYS_BEFORE } from '@/lib/refills/plan';
import { reorderRefillAction, setRefillStatusAction } from './actions';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('account.refills');
  return { title: t('title') };
}

export default async function RefillsPage() {
  const user = await requireUser();
  const refills = await refillsOf(user.id);
  const t = await getTranslations('account.refills');
  const f = formattersFor(await getLocale());
  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-bold">{t('title')}</h1>
        <p className="mt-1 text-sm text-slate-600">
          {t('intro', { days: f.count(REMIND_DAYS_BEFORE) })}
        </p>
      </div>
      {refills.length === 0 ? (
        <p className="text-slate-600" data-testid="refills-empty">{t('empty')}</p>
      ) : (
        <ul className="grid gap-4 sm:grid-cols-2">
          {refills.map((r) => (
            <li key={r.id} id={`refill-${r.id}`} className="rounded-lg border border-slate-200 bg-white p-4" data-testid="refill" data-status={r.status}>
              <p className="font-semibold [overflow-wrap:anywhere]">
                {r.medicine} <span className="ml-1 rounded bg-slate-100 px-2 py-0.5 text-xs font-normal text-slate-700">{t(`status.${r.status}`)}</span>
              </p>
              <dl className="mt-2 grid grid-cols-[8rem_1fr] gap-y-1 text-sm">
                {r.patientName ? (<><dt className="text-slate-600">{t('for')}</dt><dd>{r.patientName}</dd></>) : null}
                <dt className="text-slate-600">{t('lastDelivery')}</dt>
                <dd>{t('supply', { quantity: r.quantity, days: f.count(r.supplyDays) })}</dd>
                <dt className="text-slate-600">{t('runsOut')}</dt>
                <dd>{f.day(r.runsOutOn)}</dd>
                {r.status === 'active' ? (<><dt className="text-slate-600">{t('reminder')}</dt><dd>{f.day(r.remindOn)}</dd></>) : null}
              </dl>
              <RefillButtons refillId={r.id} status={r.status} medicine={r.medicine} statusAction={setRefillStatusAction} reorderAction={reorderRefillAction} />
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
