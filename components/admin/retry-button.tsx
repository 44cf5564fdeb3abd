'use client';

import { ActionButton } from '@/components/ui/action-button';
import type { FormAction } from '@/components/ui/form';

/** Queues a failed email again; the outbox page hands in the action. */
export function RetryButton({ id, action }: { id: string; action: FormAction }) {
  return <ActionButton action={action} fields={{ id }} label="Retry" tone="link" showSuccess />;
}
