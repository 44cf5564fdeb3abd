'use client';

import { useTranslations } from 'next-intl';
import { ActionForm, Hidden, type FormAction } from '@/components/ui/form';

export function IssueInvoiceForm({ orderId, action }: { orderId: string; action: FormAction }) {
  const t = useTranslations('admin.invoiceForm');
  return (
    <ActionForm
      action={action}
      density="compact"
      submitLabel={t('issue')}
      testId="issue-invoice"
      confirm={{ title: t('title'), description: t('description'), confirmLabel: t('issue') }}
    >
      <Hidden name="orderId" value={orderId} />
    </ActionForm>
  );
}
