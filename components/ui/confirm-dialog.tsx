'use client';

import * as Dialog from '@radix-ui/react-dialog';
import { useTranslations } from 'next-intl';
import { useRef, useState, type MouseEvent } from 'react';
import { useFormStatus } from 'react-dom';
import { Button, type ButtonSize, type ButtonTone } from './button';

/** What the dialog says: the title asks the question, the description names the consequence. */
export type ConfirmCopy = {
  title: string;
  description: string;
  confirmLabel: string;
  cancelLabel?: string;
};
/** Fixed words, or words read from the form when the button is pressed (e.g. the role chosen). */
export type ConfirmSource = ConfirmCopy | ((form: HTMLFormElement) => ConfirmCopy);

/**
 * The submit button of a destructive form. It opens a dialog instead of submitting; only the
 * dialog's confirm button submits the real form, so the server action still checks everything.
 */
export function ConfirmSubmit({
  label,
  pendingLabel,
  confirm,
  tone = 'danger',
  size,
  block,
  className,
}: {
  label: string;
  pendingLabel?: string;
  confirm: ConfirmSource;
  tone?: ButtonTone;
  size?: ButtonSize;
  block?: boolean;
  className?: string;
}) {
  const { pending } = useFormStatus();
  const t = useTranslations('common.ui');
  const trigger = useRef<HTMLButtonElement>(null);
  const keep = useRef<HTMLButtonElement>(null);
  const [copy, setCopy] = useState<ConfirmCopy | null>(typeof confirm === 'function' ? null : confirm);

  // The browser's own checks (required fields) come first, as they would for a plain submit.
  function openIfValid(event: MouseEvent<HTMLButtonElement>) {
    const form = event.currentTarget.form;
    if (form && !form.noValidate && !form.reportValidity()) event.preventDefault();
    else if (form && typeof confirm === 'function') setCopy(confirm(form));
  }

  return (
    <Dialog.Root>
      <Dialog.Trigger asChild>
        <Button ref={trigger} tone={tone} size={size} block={block} className={className} disabled={pending} onClick={openIfValid}>
          {pending ? (pendingLabel ?? t('pleaseWait')) : label}
        </Button>
      </Dialog.Trigger>
      <Dialog.Portal>
        <Dialog.Overlay className="fixed inset-0 z-40 bg-slate-900/60" />
        <Dialog.Content
          className="fixed top-1/2 left-1/2 z-50 w-[calc(100vw-2rem)] max-w-md -translate-x-1/2 -translate-y-1/2 rounded-lg bg-white p-5 shadow-xl focus:outline-none"
          // Start on the harmless choice: an Enter pressed by habit must not do the irreversible thing.
          onOpenAutoFocus={(event) => {
            event.preventDefault();
            keep.current?.focus();
          }}
        >
          <Dialog.Title className="text-lg font-semibold text-slate-900">{copy?.title}</Dialog.Title>
          <Dialog.Description className="mt-2 text-sm text-slate-700">{copy?.description}</Dialog.Description>
          <div className="mt-5 flex flex-col-reverse gap-2 sm:flex-row sm:justify-end">
            <Dialog.Close asChild>
              <Button ref={keep} tone="secondary">
                {copy?.cancelLabel ?? t('goBack')}
              </Button>
            </Dialog.Close>
            <Dialog.Close asChild>
              <Button tone={tone === 'danger-outline' ? 'danger' : tone} onClick={() => trigger.current?.form?.requestSubmit()}>
                {copy?.confirmLabel}
              </Button>
            </Dialog.Close>
          </div>
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}
