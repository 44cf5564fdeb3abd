'use client';

import { useTranslations } from 'next-intl';
import type { ComponentProps } from 'react';
import { useFormStatus } from 'react-dom';

export type ButtonTone = 'primary' | 'danger' | 'secondary' | 'danger-outline' | 'link' | 'danger-link' | 'esewa' | 'khalti';
export type ButtonSize = 'sm' | 'md' | 'lg';

const TONES: Record<ButtonTone, string> = {
  primary: 'bg-brand-700 text-white hover:bg-brand-800',
  danger: 'bg-red-700 text-white hover:bg-red-800',
  secondary: 'border border-slate-300 bg-white text-slate-800 hover:bg-slate-50',
  'danger-outline': 'border border-red-300 bg-white text-red-700 hover:bg-red-50',
  // eSewa's own green, for the buttons that take the shopper to eSewa.
  esewa: 'bg-[#41a124] text-white hover:bg-[#378a1e]',
  // Khalti's purple, for the buttons that take the shopper to Khalti.
  khalti: 'bg-[#5c2d91] text-white hover:bg-[#4a2475]',
  link: 'text-brand-700 underline',
  'danger-link': 'text-red-700 underline',
};
const LINK_TONES: ButtonTone[] = ['link', 'danger-link'];

const SIZES: Record<ButtonSize, string> = {
  sm: 'rounded px-3 py-1.5 text-sm',
  md: 'rounded-md px-4 py-2',
  lg: 'rounded-md px-4 py-3 text-lg',
};

/** The class list of every button in the shop, so a link styled as a button matches too. */
export function buttonClass({ tone = 'primary', size = 'md', block = false }: { tone?: ButtonTone; size?: ButtonSize; block?: boolean } = {}): string {
  // A button that looks like a link keeps the text's own size and weight.
  if (LINK_TONES.includes(tone)) return `${TONES[tone]} disabled:opacity-60`;
  return `${SIZES[size]} ${TONES[tone]} font-semibold disabled:opacity-60 ${block ? 'w-full' : ''}`.trim();
}

type ButtonProps = ComponentProps<'button'> & { tone?: ButtonTone; size?: ButtonSize; block?: boolean };

export function Button({ tone, size, block, className, type = 'button', ...rest }: ButtonProps) {
  return <button type={type} className={`${buttonClass({ tone, size, block })} ${className ?? ''}`.trim()} {...rest} />;
}

/** A submit button that shows it is waiting while its form's action runs. */
export function SubmitButton({ label, pendingLabel, ...rest }: Omit<ButtonProps, 'type' | 'children' | 'ref'> & { label: string; pendingLabel?: string }) {
  const { pending } = useFormStatus();
  const t = useTranslations('common.ui');
  return (
    <Button type="submit" disabled={pending} {...rest}>
      {pending ? (pendingLabel ?? t('pleaseWait')) : label}
    </Button>
  );
}
