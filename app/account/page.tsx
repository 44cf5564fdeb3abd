import type { Metadata } from 'next';
import { requireUser } from '@/lib/auth/current-user';
import { ProfileForm } from '@/components/account/profile-form';
import { updateProfileAction } from './actions';

export const metadata: Metadata = { title: 'Your account' };

export default async function AccountPage() {
  const user = await requireUser();
  return (
    <section className="max-w-lg rounded-lg border border-slate-200 bg-white p-6">
      <h1 className="text-2xl font-bold">Your account</h1>
      <p className="mt-1 text-sm text-slate-600">
        Signed in as <span className="font-medium">{user.email}</span>
      </p>
      <div className="mt-6">
        <ProfileForm action={updateProfileAction} name={user.name} phone={user.phone ?? ''} />
      </div>
    </section>
  );
}
