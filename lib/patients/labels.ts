import { RELATIONSHIP_LABELS } from './validation';

/** How a patient is named in pickers: "You (Hari Prasad)", "Sita Sharma · Mother or father". */
export function patientLabel(p: { name: string; relationship: keyof typeof RELATIONSHIP_LABELS }): string {
  return p.relationship === 'self' ? `You (${p.name})` : `${p.name} · ${RELATIONSHIP_LABELS[p.relationship]}`;
}
