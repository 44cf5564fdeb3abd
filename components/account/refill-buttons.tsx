'use client';

import { useTranslations } from 'next-intl';
import { ActionForm, Hidden, type FormAction } from '@/components/ui/form';

type Status = 'active' | 'paused' | 'stopped';

/** Reorder, and the reminder switches that make sense from where the reminder is. */
export function RefillButtons({ refillId, status, medicine, statusAction, reorderAction }: { refillId: number; status: Status; medicine: string; statusAction: FormAction; reorderAction: FormAction }) {
  const t = useTranslations('account.refills');
  const switches: { to: Status; label: string }[] = status === 'active' ? [{ to: 'paused', label: t('pause') }, { to: 'stopped', label: t('stop') }] : [{ to: 'active', label: t('resume') }, ...(status === 'paused' ? [{ to: 'stopped' as const, label: t('stop') }] : [])];
  return (
    <div className="mt-3 flex flex-wrap items-start gap-2">
      <ActionForm action={reorderAction} density="compact" submitLabel={t('reorder')} pendingLabel={t('adding')} ariaLabel={t('reorderLabel', { medicine })}>
        <Hidden name="refillId" value={refillId} />
      </ActionForm>
      {switches.map((s) => (
        <ActionForm
          key={s.to}
          action={statusAction}
          density="compact"
          tone={s.to === 'stopped' ? 'danger' : 'primary'}
          submitLabel={s.label}
          ariaLabel={t('switchLabel', { label: s.label, medicine })}
          // Stopping outlasts later orders of the medicine (lib/refills/record.ts), so it is asked twice.
          confirm={s.to === 'stopped' ? { title: t('stopTitle', { medicine }), description: t('stopDescription'), confirmLabel: t('stopConfirm') } : undefined}
        >
          <Hidden name="refillId" value={refillId} />
          <Hidden name="status" value={s.to} />
        </ActionForm>
      ))}
    </div>
  );
}
