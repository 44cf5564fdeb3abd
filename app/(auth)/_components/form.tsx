'use client';

import { createContext, useActionState, useContext, useId, type ReactNode } from 'react';
import { useFormStatus } from 'react-dom';
import type { ActionResult } from '@/lib/auth/action-result';

type FormAction = (state: ActionResult<unknown> | undefined, formData: FormData) => Promise<ActionResult<unknown>>;

const FormStateContext = createContext<ActionResult<unknown> | undefined>(undefined);

/**
 * A form bound to a server action through useActionState. Validation is the server's job (every
 * rule lives in one zod schema), so the browser's own checks are off and the server's messages
 * appear beside the fields.
 */
export function ActionForm({
  action,
  submitLabel,
  children,
  className,
  onSuccess,
}: {
  action: FormAction;
  submitLabel: string;
  children: ReactNode;
  className?: string;
  onSuccess?: (state: ActionResult<unknown>) => ReactNode;
}) {
  const [state, formAction] = useActionState(action, undefined);
  if (state?.ok && onSuccess) return <>{onSuccess(state)}</>;
  return (
    <ActionFormView state={state} formAction={formAction} submitLabel={submitLabel} className={className}>
      {children}
    </ActionFormView>
  );
}

/** The form itself, for callers that hold the action state higher up (see the two-factor panel). */
export function ActionFormView({
  state,
  formAction,
  submitLabel,
  children,
  className,
}: {
  state: ActionResult<unknown> | undefined;
  formAction: (formData: FormData) => void;
  submitLabel: string;
  children: ReactNode;
  className?: string;
}) {
  return (
    <FormStateContext.Provider value={state}>
      <form action={formAction} noValidate className={className ?? 'space-y-4'}>
        {state?.message ? (
          <p role={state.ok ? 'status' : 'alert'} className={`rounded-md px-3 py-2 text-sm ${state.ok ? 'bg-brand-50 text-brand-800' : 'bg-red-50 text-red-800'}`}>
            {state.message}
          </p>
        ) : null}
        {children}
        <SubmitButton label={submitLabel} />
      </form>
    </FormStateContext.Provider>
  );
}

export function useFormResult(): ActionResult<unknown> | undefined {
  return useContext(FormStateContext);
}

function SubmitButton({ label }: { label: string }) {
  const { pending } = useFormStatus();
  return (
    <button type="submit" disabled={pending} className="w-full rounded-md bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800 disabled:opacity-60">
      {pending ? 'Please wait…' : label}
    </button>
  );
}

export function FieldErrors({ id, errors }: { id: string; errors?: string[] }) {
  if (!errors?.length) return null;
  return (
    <p id={id} className="mt-1 text-sm text-red-700" data-field-error>
      {errors.join(' ')}
    </p>
  );
}

export function Field({
  name,
  label,
  type = 'text',
  autoComplete,
  defaultValue,
  hint,
  inputMode,
}: {
  name: string;
  label: string;
  type?: 'text' | 'email' | 'password' | 'tel' | 'number';
  autoComplete?: string;
  defaultValue?: string;
  hint?: string;
  inputMode?: 'numeric' | 'tel' | 'email' | 'text';
}) {
  const state = useFormResult();
  const id = useId();
  const errors = state?.fieldErrors?.[name];
  const value = type === 'password' ? undefined : (state?.values?.[name] ?? defaultValue);
  return (
    <div>
      <label htmlFor={id} className="block text-sm font-medium text-slate-800">
        {label}
      </label>
      <input
        id={id}
        name={name}
        type={type}
        autoComplete={autoComplete}
        inputMode={inputMode}
        defaultValue={value}
        // A new key per submission makes React apply the refilled value.
        key={`${name}:${value ?? ''}`}
        aria-invalid={errors ? true : undefined}
        aria-describedby={errors ? `${id}-error` : hint ? `${id}-hint` : undefined}
        className="mt-1 w-full rounded-md border border-slate-300 px-3 py-2 aria-[invalid]:border-red-600"
      />
      {hint && !errors ? (
        <p id={`${id}-hint`} className="mt-1 text-xs text-slate-500">
          {hint}
        </p>
      ) : null}
      <FieldErrors id={`${id}-error`} errors={errors} />
    </div>
  );
}

export function Hidden({ name, value }: { name: string; value: string }) {
  return <input type="hidden" name={name} value={value} />;
}
