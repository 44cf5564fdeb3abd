import type { Metadata } from 'next';
import { RefillButtons } from '@/components/account/refill-buttons';
import { requireUser } from '@/lib/auth/current-user';
import { formatDay } from '@/lib/nepal-time';
import { refillsOf } from '@/lib/refills/account';
import { REMIND_DAYS_BEFORE } from '@/lib/refills/plan';
import { reorderRefillAction, setRefillStatusAction } from './actions';

export const metadata: Metadata = { title: 'Refill reminders' };

const STATUS_LABELS = { active: 'Reminders on', paused: 'Paused', stopped: 'Stopped' } as const;

export default async function RefillsPage() {
  const user = await requireUser();
  const refills = await refillsOf(user.id);
  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-bold">Refill reminders</h1>
        <p className="mt-1 text-sm text-slate-600">
          For long-term medicines we work out when a delivery runs out at the usual dose and email you {REMIND_DAYS_BEFORE} days before. Reorder in one click; pause or stop the reminders any time.
        </p>
      </div>
      {refills.length === 0 ? (
        <p className="text-slate-600" data-testid="refills-empty">No reminders yet. They start when a long-term medicine you ordered is delivered.</p>
      ) : (
        <ul className="grid gap-4 sm:grid-cols-2">
          {refills.map((r) => (
            <li key={r.id} id={`refill-${r.id}`} className="rounded-lg border border-slate-200 bg-white p-4" data-testid="refill" data-status={r.status}>
              <p className="font-semibold [overflow-wrap:anywhere]">
                {r.medicine} <span className="ml-1 rounded bg-slate-100 px-2 py-0.5 text-xs font-normal text-slate-700">{STATUS_LABELS[r.status]}</span>
              </p>
              <dl className="mt-2 grid grid-cols-[8rem_1fr] gap-y-1 text-sm">
                {r.patientName ? (<><dt className="text-slate-600">For</dt><dd>{r.patientName}</dd></>) : null}
                <dt className="text-slate-600">Last delivery</dt>
                <dd>{r.quantity} {r.quantity === 1 ? 'pack' : 'packs'} · about {r.supplyDays} days</dd>
                <dt className="text-slate-600">Runs out</dt>
                <dd>{formatDay(r.runsOutOn)}</dd>
                {r.status === 'active' ? (<><dt className="text-slate-600">Reminder</dt><dd>{formatDay(r.remindOn)}</dd></>) : null}
              </dl>
              <RefillButtons refillId={r.id} status={r.status} medicine={r.medicine} statusAction={setRefillStatusAction} reorderAction={reorderRefillAction} />
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
