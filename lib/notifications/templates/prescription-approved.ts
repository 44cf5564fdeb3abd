import { formatDay } from '@/lib/nepal-time';
import { defineTemplate } from './types';

export type PrescriptionApprovedPayload = {
  name: string;
  validUntil: string;
  medicines: { name: string; quantity: number }[];
  message: string | null;
  url: string;
};

export const prescriptionApproved = defineTemplate<PrescriptionApprovedPayload>({
  compose: (p, { t, common }) => ({
    subject: t('subject'),
    heading: t('heading'),
    blocks: [
      common('greeting', { name: p.name }),
      t('body', { validUntil: formatDay(p.validUntil) }),
      { list: p.medicines.map((m) => t('medicine', { name: m.name, quantity: m.quantity })) },
      p.message ? t('message', { message: p.message }) : null,
      { links: [{ href: p.url, label: t('action') }] },
    ],
  }),
});
