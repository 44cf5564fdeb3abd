import { connection } from 'next/server';

// Rendered per request: these pages carry one-time state and the CSP nonce proxy.ts issues.
export default async function AuthLayout({ children }: { children: React.ReactNode }) {
  await connection();
  return children;
}
