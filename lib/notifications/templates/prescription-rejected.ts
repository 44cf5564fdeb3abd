import { defineTemplate } from './types';

export type PrescriptionRejectedPayload = {
  name: string;
  reason: string;
  detail: string;
  cancelledOrders: string[];
  url: string;
};

export const prescriptionRejected = defineTemplate<PrescriptionRejectedPayload>({
  compose: (p, { t, common }) => ({
    subject: t('subject'),
    heading: t('heading'),
    blocks: [
      common('greeting', { name: p.name }),
      t('body', { reason: p.reason }),
      p.detail,
      p.cancelledOrders.length > 0 ? t('cancelled', { orders: p.cancelledOrders.join(', ') }) : null,
      { links: [{ href: p.url, label: t('action') }] },
    ],
  }),
});
