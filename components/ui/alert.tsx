import type { ReactNode } from 'react';

export type AlertTone = 'error' | 'success' | 'info' | 'warning';

const TONES: Record<AlertTone, string> = {
  error: 'bg-red-50 text-red-800',
  success: 'bg-brand-50 text-brand-800',
  info: 'bg-slate-100 text-slate-800',
  warning: 'bg-amber-50 text-amber-900',
};

/** A message box; errors interrupt a screen reader (role=alert), everything else waits its turn (role=status). */
export function Alert({ tone, children, className }: { tone: AlertTone; children: ReactNode; className?: string }) {
  return (
    <p role={tone === 'error' ? 'alert' : 'status'} className={`rounded-md px-3 py-2 text-sm ${TONES[tone]} ${className ?? ''}`.trim()}>
      {children}
    </p>
  );
}
