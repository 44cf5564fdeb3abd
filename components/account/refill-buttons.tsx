'use client';

import { ActionForm, Hidden, type FormAction } from '@/components/ui/form';

type Status = 'active' | 'paused' | 'stopped';

/** Reorder, and the reminder switches that make sense from where the reminder is. */
export function RefillButtons({ refillId, status, medicine, statusAction, reorderAction }: { refillId: number; status: Status; medicine: string; statusAction: FormAction; reorderAction: FormAction }) {
  const switches: { to: Status; label: string }[] = status === 'active' ? [{ to: 'paused', label: 'Pause reminders' }, { to: 'stopped', label: 'Stop reminders' }] : [{ to: 'active', label: 'Resume reminders' }, ...(status === 'paused' ? [{ to: 'stopped' as const, label: 'Stop reminders' }] : [])];
  return (
    <div className="mt-3 flex flex-wrap items-start gap-2">
      <ActionForm action={reorderAction} density="compact" submitLabel="Reorder" pendingLabel="Adding…" ariaLabel={`Reorder ${medicine}`}>
        <Hidden name="refillId" value={refillId} />
      </ActionForm>
      {switches.map((s) => (
        <ActionForm
          key={s.to}
          action={statusAction}
          density="compact"
          tone={s.to === 'stopped' ? 'danger' : 'primary'}
          submitLabel={s.label}
          ariaLabel={`${s.label} for ${medicine}`}
          // Stopping outlasts later orders of the medicine (lib/refills/record.ts), so it is asked twice.
          confirm={s.to === 'stopped' ? { title: `Stop reminders for ${medicine}?`, description: 'We will not remind you before it runs out, even after you order it again. You can resume reminders here at any time.', confirmLabel: 'Stop reminders' } : undefined}
        >
          <Hidden name="refillId" value={refillId} />
          <Hidden name="status" value={s.to} />
        </ActionForm>
      ))}
    </div>
  );
}
