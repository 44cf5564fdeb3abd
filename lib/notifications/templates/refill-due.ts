import { defineTemplate } from './types';

export type RefillDuePayload = { name: string; medicine: string; patientName: string | null; runsOutOn: string; reorderUrl: string; settingsUrl: string };

export const refillDue = defineTemplate<RefillDuePayload>({
  compose: (p, { t, common }) => ({
    subject: t('subject', { medicine: p.medicine }),
    heading: t('heading'),
    blocks: [
      common('greeting', { name: p.name }),
      p.patientName ? t('bodyFor', { medicine: p.medicine, patient: p.patientName, day: p.runsOutOn }) : t('body', { medicine: p.medicine, day: p.runsOutOn }),
      { links: [{ href: p.reorderUrl, label: t('reorder') }] },
      { links: [{ href: p.settingsUrl, label: t('settings') }] },
    ],
  }),
});
