import { useTranslations } from 'next-intl';
import type { PatientForStaff } from '@/lib/safety/load';

/** Who the medicines are for, as the pharmacist needs it: age, sex, allergies, long-term conditions. */
export function PatientSummary({ patients }: { patients: PatientForStaff[] }) {
  const t = useTranslations('orders.review.patient');
  if (patients.length === 0) return <p className="text-sm text-slate-600">{t('none')}</p>;
  return (
    <ul className="space-y-3">
      {patients.map((p) => (
        <li key={p.id} data-testid="review-patient">
          <p className="font-medium">
            {p.name} <span className="text-sm font-normal text-slate-600">· {p.relationship === 'self' ? t('accountHolder') : t(`relationship.${p.relationship}`)}</span>
            {p.archived ? <span className="ml-2 text-xs text-slate-500">{t('removed')}</span> : null}
          </p>
          <dl className="mt-1 grid grid-cols-[7rem_1fr] gap-y-0.5 text-sm">
            <dt className="text-slate-600">{t('age')}</dt>
            <dd>{p.age ?? <span className="text-amber-800">{t('notGiven')}</span>}</dd>
            <dt className="text-slate-600">{t('sex')}</dt>
            <dd>{p.sex ? t(`sexes.${p.sex}`) : <span className="text-amber-800">{t('notGiven')}</span>}</dd>
            <dt className="text-slate-600">{t('allergies')}</dt>
            <dd className="whitespace-pre-line break-words" data-testid="review-patient-allergies">{p.allergies || t('noneKnown')}</dd>
            <dt className="text-slate-600">{t('conditions')}</dt>
            <dd className="whitespace-pre-line break-words">{p.conditions || t('noneRecorded')}</dd>
          </dl>
        </li>
      ))}
    </ul>
  );
}
