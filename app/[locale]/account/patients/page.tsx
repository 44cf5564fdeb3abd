import type { Metadata } from 'next';
import { getLocale, getTranslations } from 'next-intl/server';
import { RemovePatientButton } from '@/components/account/patient-buttons';
import { PatientForm } from '@/components/account/patient-form';
import { db } from '@/db/client';
import { requireUser } from '@/lib/auth/current-user';
import { formattersFor } from '@/lib/i18n/format';
import { nepalToday } from '@/lib/nepal-time';
import { ageInMonths, ageInYears } from '@/lib/patients/age';
import { Link } from '@/lib/i18n/navigation';
import { MAX_PATIENTS, patientsForPicker } from '@/lib/patients/patients';
import { createPatientAction, removePatientAction } from './actions';
import { patientOptions } from './options';

type Translate = Awaited<ReturnType<typeof getTranslations<'account.patients'>>>;

/** lib/patients/age.ts's describeAge in the page's language: months for babies, "about" for an age given without a date. */
function describeAge(t: Translate, birthDate: string, estimated: boolean): string {
  const today = nepalToday();
  const years = ageInYears(birthDate, today);
  if (years < 2 && !estimated) return t('ageIn.months', { count: ageInMonths(birthDate, today) });
  return t(estimated ? 'ageIn.aboutYears' : 'ageIn.years', { count: years });
}

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('account.patients');
  return { title: t('title') };
}

export default async function PatientsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requireUser();
  const [all, params] = await Promise.all([patientsForPicker(db, user.id), searchParams]);
  const family = all.filter((p) => p.relationship !== 'self');
  const t = await getTranslations('account.patients');
  const f = formattersFor(await getLocale());
  const { relationships, sexes } = await patientOptions();
  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-bold">{t('title')}</h1>
        <p className="mt-1 text-sm text-slate-600">
          {t('intro')}
        </p>
      </div>
      {params.saved === '1' ? (
        <p role="status" className="rounded-md bg-brand-50 px-3 py-2 text-sm text-brand-800">
          {t('saved')}
        </p>
      ) : null}
      <ul className="grid gap-4 sm:grid-cols-2">
        {all.map((p) => (
          <li key={p.id} className="rounded-lg border border-slate-200 bg-white p-4" data-testid="patient">
            <p className="font-semibold">
              {p.name} <span className="ml-1 rounded bg-slate-100 px-2 py-0.5 text-xs font-normal text-slate-700">{t(`relationship.${p.relationship}`)}</span>
            </p>
            <dl className="mt-2 grid grid-cols-[9rem_1fr] gap-y-1 text-sm">
              <dt className="text-slate-600">{t('age')}</dt>
              <dd>{p.birthDate ? describeAge(t, p.birthDate, p.birthDateEstimated) : <span className="text-amber-800">{t('notGiven')}</span>}</dd>
              <dt className="text-slate-600">{t('sex')}</dt>
              <dd>{p.sex ? t(`sexes.${p.sex}`) : <span className="text-amber-800">{t('notGiven')}</span>}</dd>
              <dt className="text-slate-600">{t('allergies')}</dt>
              <dd className="break-words">{p.allergies || t('noAllergies')}</dd>
              <dt className="text-slate-600">{t('conditions')}</dt>
              <dd className="break-words">{p.conditions || t('noConditions')}</dd>
            </dl>
            <div className="mt-3 flex flex-wrap gap-3 text-sm">
              <Link href={`/account/patients/${p.id}`} className="text-brand-700 underline">
                {p.age && p.sex ? t('edit') : t('addDetails')}
              </Link>
              {p.relationship !== 'self' ? <RemovePatientButton action={removePatientAction} id={p.id} name={p.name} /> : null}
            </div>
          </li>
        ))}
      </ul>
      {family.length === 0 ? (
        <p className="text-slate-600" data-testid="patients-empty">
          {t('empty')}
        </p>
      ) : null}
      {all.length < MAX_PATIENTS ? (
        <section className="max-w-lg rounded-lg border border-slate-200 bg-white p-6">
          <h2 className="text-lg font-semibold">{t('add')}</h2>
          <div className="mt-4">
            <PatientForm action={createPatientAction} relationships={relationships} sexes={sexes} />
          </div>
        </section>
      ) : (
        <p className="text-sm text-slate-600">{t('full', { max: f.count(MAX_PATIENTS) })}</p>
      )}
    </div>
  );
}
