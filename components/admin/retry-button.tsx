'use client';

import { useTranslations } from 'next-intl';
import { ActionButton } from '@/components/ui/action-button';
import type { FormAction } from '@/components/ui/form';

/** Queues a failed email again; the outbox page hands in the action. */
export function RetryButton({ id, action }: { id: string; action: FormAction }) {
  const t = useTranslations('manage.outbox');
  return <ActionButton action={action} fields={{ id }} label={t('retry')} tone="link" showSuccess />;
}
