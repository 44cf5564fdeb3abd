'use client';

import { ActionForm, Hidden, type FormAction } from '@/components/ui/form';

export function IssueInvoiceForm({ orderId, action }: { orderId: string; action: FormAction }) {
  return (
    <ActionForm
      action={action}
      density="compact"
      submitLabel="Issue invoice"
      testId="issue-invoice"
      confirm={{ title: 'Issue the tax invoice?', description: 'It takes the next invoice number of this fiscal year, which is never reused.', confirmLabel: 'Issue invoice' }}
    >
      <Hidden name="orderId" value={orderId} />
    </ActionForm>
  );
}
