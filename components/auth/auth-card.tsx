import type { ReactNode } from 'react';

export function AuthCard({ title, intro, children }: { title: string; intro?: ReactNode; children: ReactNode }) {
  return (
    <div className="mx-auto w-full max-w-md rounded-lg border border-slate-200 bg-white p-6 shadow-sm">
      <h1 className="text-2xl font-bold">{title}</h1>
      {intro ? <div className="mt-2 text-sm text-slate-600">{intro}</div> : null}
      <div className="mt-6">{children}</div>
    </div>
  );
}
