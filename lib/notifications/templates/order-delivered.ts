import { defineTemplate } from './types';

export type OrderDeliveredPayload = { name: string; orderNumber: string; url: string };

export const orderDelivered = defineTemplate<OrderDeliveredPayload>({
  compose: (p, { t, common }) => ({
    subject: t('subject', { number: p.orderNumber }),
    heading: t('heading'),
    blocks: [common('greeting', { name: p.name }), t('body', { number: p.orderNumber }), { links: [{ href: p.url, label: common('seeOrder') }] }],
  }),
});
