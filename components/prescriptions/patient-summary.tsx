import type { PatientForStaff } from '@/lib/safety/load';
import { RELATIONSHIP_LABELS, SEX_LABELS } from '@/lib/patients/validation';

/** Who the medicines are for, as the pharmacist needs it: age, sex, allergies, long-term conditions. */
export function PatientSummary({ patients }: { patients: PatientForStaff[] }) {
  if (patients.length === 0) return <p className="text-sm text-slate-600">No patient recorded (uploaded before patients were asked for).</p>;
  return (
    <ul className="space-y-3">
      {patients.map((p) => (
        <li key={p.id} data-testid="review-patient">
          <p className="font-medium">
            {p.name} <span className="text-sm font-normal text-slate-600">· {RELATIONSHIP_LABELS[p.relationship] === 'You' ? 'the account holder' : RELATIONSHIP_LABELS[p.relationship]}</span>
            {p.archived ? <span className="ml-2 text-xs text-slate-500">(since removed from the account)</span> : null}
          </p>
          <dl className="mt-1 grid grid-cols-[7rem_1fr] gap-y-0.5 text-sm">
            <dt className="text-slate-600">Age</dt>
            <dd>{p.age ?? <span className="text-amber-800">not given</span>}</dd>
            <dt className="text-slate-600">Sex</dt>
            <dd>{p.sex ? SEX_LABELS[p.sex] : <span className="text-amber-800">not given</span>}</dd>
            <dt className="text-slate-600">Allergies</dt>
            <dd className="whitespace-pre-line break-words" data-testid="review-patient-allergies">{p.allergies || 'none known'}</dd>
            <dt className="text-slate-600">Conditions</dt>
            <dd className="whitespace-pre-line break-words">{p.conditions || 'none recorded'}</dd>
          </dl>
        </li>
      ))}
    </ul>
  );
}
