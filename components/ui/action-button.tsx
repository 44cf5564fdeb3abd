'use client';

import { useActionState } from 'react';
import { SubmitButton, type ButtonSize, type ButtonTone } from './button';
import { ConfirmSubmit, type ConfirmSource } from './confirm-dialog';
import type { FormAction } from './form';

/**
 * A one-button form (delete, make default, retry) that sends a few fixed values to a server
 * action and shows its answer beside the button.
 */
export function ActionButton({
  action,
  fields,
  label,
  pendingLabel,
  tone = 'primary',
  size = 'md',
  className,
  buttonClassName,
  messageClassName = 'ml-2 text-sm',
  showSuccess = false,
  confirm,
}: {
  action: FormAction;
  fields: Record<string, string | number>;
  label: string;
  pendingLabel?: string;
  tone?: ButtonTone;
  size?: ButtonSize;
  className?: string;
  buttonClassName?: string;
  messageClassName?: string;
  /** Also show the server's message when it worked (otherwise only refusals are shown). */
  showSuccess?: boolean;
  confirm?: ConfirmSource;
}) {
  const [state, formAction] = useActionState(action, undefined);
  const message = state?.message && (!state.ok || showSuccess) ? state.message : null;
  return (
    <form action={formAction} className={className}>
      {Object.entries(fields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      {confirm ? (
        <ConfirmSubmit label={label} pendingLabel={pendingLabel} confirm={confirm} tone={tone} size={size} className={buttonClassName} />
      ) : (
        <SubmitButton label={label} pendingLabel={pendingLabel ?? label} tone={tone} size={size} className={buttonClassName} />
      )}
      {message ? (
        <span role={state?.ok ? 'status' : 'alert'} className={`${messageClassName} ${state?.ok ? 'text-brand-800' : 'text-red-700'}`}>
          {message}
        </span>
      ) : null}
    </form>
  );
}
