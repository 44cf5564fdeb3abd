import type { Metadata } from 'next';
import { DeliveryDaysForm, PharmacyDetailsForm } from '@/components/admin/settings-forms';
import { formatDateTime } from '@/lib/nepal-time';
import { requirePermission } from '@/lib/permissions/guard';
import { readShopSettings } from '@/lib/settings/read';
import { saveDeliveryDaysAction, savePharmacyDetailsAction } from './actions';

export const metadata: Metadata = { title: 'Settings' };

export default async function SettingsPage() {
  await requirePermission('settings.manage');
  const settings = await readShopSettings();
  return (
    <div className="space-y-6">
      <div className="space-y-2">
        <h1 className="text-2xl font-bold">Settings</h1>
        <p className="text-sm text-slate-600">
          The pharmacy&rsquo;s licence and contact details appear in the shop&rsquo;s footer, on the contact page and on every invoice issued from now on; invoices
          already issued keep the details they were printed with. Every save is written to the audit log.
        </p>
        {settings ? (
          <p className="text-xs text-slate-500">Last saved {formatDateTime(settings.updatedAt)}.</p>
        ) : (
          <p className="rounded-md border border-amber-300 bg-amber-50 p-3 text-sm text-amber-900" role="status">
            Not filled in yet: the shop shows no licence details and invoices cannot be issued until you save them.
          </p>
        )}
      </div>
      <section className="max-w-2xl rounded-lg border border-slate-200 bg-white p-4" aria-labelledby="pharmacy-details">
        <h2 id="pharmacy-details" className="mb-3 font-semibold">Pharmacy details</h2>
        <PharmacyDetailsForm action={savePharmacyDetailsAction} values={settings} />
      </section>
      <section className="rounded-lg border border-slate-200 bg-white p-4" aria-labelledby="delivery-days">
        <h2 id="delivery-days" className="mb-1 font-semibold">Delivery times by district</h2>
        <p className="mb-3 text-sm text-slate-600">
          Estimated working days from the order being packed to the door. Leave both boxes empty where you do not deliver: shoppers there are told so on product pages and
          at checkout.
        </p>
        {settings ? (
          <DeliveryDaysForm action={saveDeliveryDaysAction} days={settings.deliveryDays} />
        ) : (
          <p className="rounded-lg border border-dashed border-slate-300 p-6 text-center text-sm text-slate-600">Save the pharmacy details first.</p>
        )}
      </section>
    </div>
  );
}
