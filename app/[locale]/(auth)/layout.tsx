import { connection } from 'next/server';
import { ClientMessages, SHELL_MESSAGES } from '@/components/layout/client-messages';

// Rendered per request: these pages carry one-time state and the CSP nonce proxy.ts issues.
export default async function AuthLayout({ children }: { children: React.ReactNode }) {
  await connection();
  return <ClientMessages paths={[...SHELL_MESSAGES, 'auth']}>{children}</ClientMessages>;
}
