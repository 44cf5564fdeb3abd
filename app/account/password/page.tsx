import type { Metadata } from 'next';
import { requireUser } from '@/lib/auth/current-user';
import { ChangePasswordForm } from '@/components/account/password-form';
import { changePasswordAction } from '../actions';

export const metadata: Metadata = { title: 'Change password' };

export default async function ChangePasswordPage() {
  await requireUser();
  return (
    <section className="max-w-lg rounded-lg border border-slate-200 bg-white p-6">
      <h1 className="text-2xl font-bold">Change password</h1>
      <div className="mt-6">
        <ChangePasswordForm action={changePasswordAction} />
      </div>
    </section>
  );
}
