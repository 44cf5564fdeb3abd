import { connection } from 'next/server';

// Rendered per request (with the CSP nonce): these pages read the pharmacy's settings, which exist
// only at run time; the read itself is cached and shared by every instance (lib/settings/read.ts).
export default async function InfoLayout({ children }: { children: React.ReactNode }) {
  await connection();
  return <article className="mx-auto max-w-3xl space-y-4 text-slate-700">{children}</article>;
}
