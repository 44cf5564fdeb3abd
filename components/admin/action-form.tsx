'use client';

import { createContext, useActionState, useContext, type ReactNode } from 'react';
import { useFormStatus } from 'react-dom';
import type { ActionResult } from '@/lib/auth/action-result';

type FormAction = (state: ActionResult<unknown> | undefined, formData: FormData) => Promise<ActionResult<unknown>>;

const StateContext = createContext<ActionResult<unknown> | undefined>(undefined);

/**
 * A back-office form bound to a server action. The server's zod schema is the only validator;
 * its messages appear at the top and beside each field (AdminField / FieldError).
 */
export function AdminActionForm({
  action,
  submitLabel,
  children,
  className,
  danger,
  testId,
}: {
  action: FormAction;
  submitLabel: string;
  children?: ReactNode;
  className?: string;
  danger?: boolean;
  testId?: string;
}) {
  const [state, formAction] = useActionState(action, undefined);
  return (
    <StateContext.Provider value={state}>
      <form action={formAction} noValidate className={className ?? 'space-y-3'} data-testid={testId}>
        {state?.message ? (
          <p role={state.ok ? 'status' : 'alert'} className={`rounded px-3 py-2 text-sm ${state.ok ? 'bg-brand-50 text-brand-800' : 'bg-red-50 text-red-800'}`}>
            {state.message}
          </p>
        ) : null}
        {children}
        <Submit label={submitLabel} danger={danger} />
      </form>
    </StateContext.Provider>
  );
}

function Submit({ label, danger }: { label: string; danger?: boolean }) {
  const { pending } = useFormStatus();
  const colour = danger ? 'bg-red-700 hover:bg-red-800' : 'bg-brand-700 hover:bg-brand-800';
  return (
    <button type="submit" disabled={pending} className={`rounded px-3 py-1.5 text-sm font-semibold text-white disabled:opacity-60 ${colour}`}>
      {pending ? 'Please wait…' : label}
    </button>
  );
}

export function FieldError({ name }: { name: string }) {
  const errors = useContext(StateContext)?.fieldErrors?.[name];
  if (!errors?.length) return null;
  return (
    <p className="mt-1 text-xs text-red-700" data-field-error={name}>
      {errors.join(' ')}
    </p>
  );
}

/** A labelled input that shows its own server-side error; refilled from the last submission. */
export function AdminField({
  name,
  label,
  type = 'text',
  defaultValue,
  step,
  placeholder,
  className,
}: {
  name: string;
  label: string;
  type?: 'text' | 'number' | 'date' | 'email';
  defaultValue?: string | number | null;
  step?: string;
  placeholder?: string;
  className?: string;
}) {
  const state = useContext(StateContext);
  const refill = state && !state.ok ? state.values?.[name] : undefined;
  const invalid = Boolean(state?.fieldErrors?.[name]?.length);
  return (
    <label className={`block text-sm ${className ?? ''}`}>
      <span className="font-medium text-slate-700">{label}</span>
      <input
        key={refill ?? 'initial'}
        name={name}
        type={type}
        step={step}
        placeholder={placeholder}
        defaultValue={refill ?? defaultValue ?? ''}
        aria-invalid={invalid || undefined}
        className="mt-1 block w-full rounded border border-slate-300 px-2 py-1"
      />
      <FieldError name={name} />
    </label>
  );
}

export function AdminTextArea({ name, label, defaultValue, rows = 3 }: { name: string; label: string; defaultValue?: string | null; rows?: number }) {
  return (
    <label className="block text-sm">
      <span className="font-medium text-slate-700">{label}</span>
      <textarea name={name} rows={rows} defaultValue={defaultValue ?? ''} className="mt-1 block w-full rounded border border-slate-300 px-2 py-1" />
      <FieldError name={name} />
    </label>
  );
}
