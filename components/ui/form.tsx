'use client';

import { createContext, useActionState, useContext, useId, type ReactNode } from 'react';
import type { ActionResult } from '@/lib/auth/action-result';
import { Alert } from './alert';
import { SubmitButton, type ButtonTone } from './button';
import { ConfirmSubmit, type ConfirmSource } from './confirm-dialog';

export type FormAction = (state: ActionResult<unknown> | undefined, formData: FormData) => Promise<ActionResult<unknown>>;
/** Shop and account pages use roomy fields; the back office packs more onto a screen. */
export type Density = 'comfortable' | 'compact';

const FormContext = createContext<{ state: ActionResult<unknown> | undefined; density: Density }>({ state: undefined, density: 'comfortable' });

type FormProps = {
  submitLabel: string;
  pendingLabel?: string;
  children?: ReactNode;
  className?: string;
  density?: Density;
  tone?: ButtonTone;
  /** Full-width submit button; the default for comfortable forms. */
  block?: boolean;
  /** Ask before submitting: for steps that cannot be undone. */
  confirm?: ConfirmSource;
  testId?: string;
  ariaLabel?: string;
};

/**
 * A form bound to a server action through useActionState. Validation is the server's job (every
 * rule lives in one zod schema), so the browser's own checks are off and the server's messages
 * appear at the top and beside each field.
 */
export function ActionForm({ action, onSuccess, ...props }: FormProps & { action: FormAction; onSuccess?: (state: ActionResult<unknown>) => ReactNode }) {
  const [state, formAction] = useActionState(action, undefined);
  if (state?.ok && onSuccess) return <>{onSuccess(state)}</>;
  return <ActionFormView state={state} formAction={formAction} {...props} />;
}

/** The form itself, for callers that hold the action state higher up (see the two-factor panel). */
export function ActionFormView({
  state,
  formAction,
  submitLabel,
  pendingLabel,
  children,
  className,
  density = 'comfortable',
  tone = 'primary',
  block = density === 'comfortable',
  confirm,
  testId,
  ariaLabel,
}: FormProps & { state: ActionResult<unknown> | undefined; formAction: (formData: FormData) => void }) {
  const size = density === 'compact' ? 'sm' : 'md';
  return (
    <FormContext.Provider value={{ state, density }}>
      <form action={formAction} noValidate className={className ?? (density === 'compact' ? 'space-y-3' : 'space-y-4')} data-testid={testId} aria-label={ariaLabel}>
        <FormMessage />
        {children}
        {confirm ? (
          <ConfirmSubmit label={submitLabel} pendingLabel={pendingLabel} confirm={confirm} tone={tone} size={size} block={block} />
        ) : (
          <SubmitButton label={submitLabel} pendingLabel={pendingLabel} tone={tone} size={size} block={block} />
        )}
      </form>
    </FormContext.Provider>
  );
}

/** The server's answer to the last submission, if it had one to say. */
export function FormMessage() {
  const { state } = useContext(FormContext);
  return state?.message ? <Alert tone={state.ok ? 'success' : 'error'}>{state.message}</Alert> : null;
}

export function useFormResult(): ActionResult<unknown> | undefined {
  return useContext(FormContext).state;
}

const LABEL: Record<Density, string> = {
  comfortable: 'block text-sm font-medium text-slate-800',
  compact: 'block text-sm font-medium text-slate-700',
};
const CONTROL: Record<Density, string> = {
  comfortable: 'mt-1 w-full rounded-md border border-slate-300 bg-white px-3 py-2 aria-[invalid]:border-red-600',
  compact: 'mt-1 block w-full rounded border border-slate-300 bg-white px-2 py-1 text-sm aria-[invalid]:border-red-600',
};

/**
 * Ids and ARIA for one named control: its error (or else its hint) describes it. For controls
 * the kit has no component for (the address form's linked selects).
 */
export function useFieldWiring(name: string, hint?: string) {
  const { state, density } = useContext(FormContext);
  const id = useId();
  const errors = state?.fieldErrors?.[name];
  const errorId = `${id}-error`;
  const hintId = `${id}-hint`;
  // Refill only after a refusal; after a success the page's own (fresh) values apply.
  const refill = state && !state.ok ? state.values?.[name] : undefined;
  return {
    id,
    errors,
    errorId,
    hintId,
    refill,
    submitted: state !== undefined && !state.ok,
    density,
    labelClass: LABEL[density],
    controlClass: CONTROL[density],
    controlProps: {
      id,
      name,
      'aria-invalid': errors?.length ? true : undefined,
      'aria-describedby': errors?.length ? errorId : hint ? hintId : undefined,
    },
  };
}

export function FieldErrors({ id, name, errors }: { id: string; name: string; errors?: string[] }) {
  const { density } = useContext(FormContext);
  if (!errors?.length) return null;
  return (
    <p id={id} className={`mt-1 text-red-700 ${density === 'compact' ? 'text-xs' : 'text-sm'}`} data-field-error={name}>
      {errors.join(' ')}
    </p>
  );
}

function HintAndErrors({ name, hint, wiring }: { name: string; hint?: string; wiring: ReturnType<typeof useFieldWiring> }) {
  return (
    <>
      {hint && !wiring.errors?.length ? (
        <p id={wiring.hintId} className="mt-1 text-xs text-slate-500">
          {hint}
        </p>
      ) : null}
      <FieldErrors id={wiring.errorId} name={name} errors={wiring.errors} />
    </>
  );
}

type FieldProps = {
  name: string;
  label: ReactNode;
  hint?: string;
  className?: string;
  /** For a control whose column or heading already names it (a role select in a table). */
  hideLabel?: boolean;
};

/** A labelled input with its hint and the server's errors; refilled after a refused submission. */
export function Field({
  name,
  label,
  hint,
  className,
  type = 'text',
  autoComplete,
  defaultValue,
  inputMode,
  step,
  placeholder,
  maxLength,
  lang,
}: FieldProps & {
  type?: 'text' | 'email' | 'password' | 'tel' | 'number' | 'date';
  autoComplete?: string;
  defaultValue?: string | number | null;
  inputMode?: 'numeric' | 'decimal' | 'tel' | 'email' | 'text';
  step?: string;
  placeholder?: string;
  maxLength?: number;
  /** The language the value is written in, where it is not the page's (a Nepali name on an English form). */
  lang?: string;
}) {
  const wiring = useFieldWiring(name, hint);
  // Passwords are never sent back, so never refilled either.
  const value = type === 'password' ? undefined : (wiring.refill ?? (defaultValue == null ? undefined : String(defaultValue)));
  return (
    <div className={className}>
      <label htmlFor={wiring.id} className={wiring.labelClass}>
        {label}
      </label>
      <input
        {...wiring.controlProps}
        type={type}
        autoComplete={autoComplete}
        inputMode={inputMode}
        step={step}
        placeholder={placeholder}
        maxLength={maxLength}
        lang={lang}
        defaultValue={value}
        // A new key per submission makes React apply the refilled value.
        key={`${name}:${value ?? ''}`}
        className={wiring.controlClass}
      />
      <HintAndErrors name={name} hint={hint} wiring={wiring} />
    </div>
  );
}

export function TextAreaField({
  name,
  label,
  hint,
  className,
  defaultValue,
  rows = 3,
  maxLength,
  lang,
}: FieldProps & { defaultValue?: string | null; rows?: number; maxLength?: number; /** As Field's: the value's language where it is not the page's. */ lang?: string }) {
  const wiring = useFieldWiring(name, hint);
  const value = wiring.refill ?? defaultValue ?? '';
  return (
    <div className={className}>
      <label htmlFor={wiring.id} className={wiring.labelClass}>
        {label}
      </label>
      <textarea {...wiring.controlProps} rows={rows} maxLength={maxLength} lang={lang} defaultValue={value} key={`${name}:${value}`} className={wiring.controlClass} />
      <HintAndErrors name={name} hint={hint} wiring={wiring} />
    </div>
  );
}

export function SelectField({
  name,
  label,
  hint,
  className,
  hideLabel,
  options,
  placeholder,
  defaultValue,
}: FieldProps & { options: { value: string; label: string }[]; placeholder?: string; defaultValue?: string | number | null }) {
  const wiring = useFieldWiring(name, hint);
  const value = wiring.refill ?? (defaultValue == null ? '' : String(defaultValue));
  return (
    <div className={className}>
      <label htmlFor={wiring.id} className={hideLabel ? 'sr-only' : wiring.labelClass}>
        {label}
      </label>
      <select {...wiring.controlProps} defaultValue={value} key={`${name}:${value}`} className={wiring.controlClass}>
        {placeholder !== undefined ? <option value="">{placeholder}</option> : null}
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
      <HintAndErrors name={name} hint={hint} wiring={wiring} />
    </div>
  );
}

export function CheckboxField({ name, label, className, defaultChecked = false }: { name: string; label: ReactNode; className?: string; defaultChecked?: boolean }) {
  const wiring = useFieldWiring(name);
  const checked = wiring.submitted ? wiring.refill === 'on' : defaultChecked;
  return (
    <div className={`flex items-center gap-2 ${className ?? ''}`.trim()}>
      <input {...wiring.controlProps} key={String(checked)} type="checkbox" defaultChecked={checked} className="h-4 w-4" />
      <label htmlFor={wiring.id} className="text-sm text-slate-800">
        {label}
      </label>
      <FieldErrors id={wiring.errorId} name={name} errors={wiring.errors} />
    </div>
  );
}

export function Hidden({ name, value }: { name: string; value: string | number }) {
  return <input type="hidden" name={name} value={value} />;
}
