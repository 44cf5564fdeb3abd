import { useTranslations } from 'next-intl';
import type { ReactNode } from 'react';

export function InfoSection({ title, children }: { title: string; children: ReactNode }) {
  return (
    <section className="space-y-2 rounded-lg border border-slate-200 bg-white p-4 sm:p-5">
      <h2 className="font-semibold text-slate-900">{title}</h2>
      {children}
    </section>
  );
}

/** How to reach the pharmacy, for the end of a policy page; nothing before an admin saves the details. */
export function ReachUs({ phone, email }: { phone: string; email: string }) {
  const t = useTranslations('info');
  return (
    <p>
      {t.rich('reachUs', {
        phone,
        email,
        tel: (chunks) => <a className="font-medium text-brand-700 underline" href={`tel:${phone.replace(/[^\d+]/g, '')}`}>{chunks}</a>,
        mail: (chunks) => <a className="[overflow-wrap:anywhere] font-medium text-brand-700 underline" href={`mailto:${email}`}>{chunks}</a>,
      })}
    </p>
  );
}
