import { defineTemplate } from './types';

export type StaffEnrolmentLinkPayload = {
  name: string;
  enrolmentUrl: string;
  expiresInHours: number;
  /** Null when the link came from the command line (npm run staff:enrolment-link), not an admin. */
  issuedByName: string | null;
};

/** The one-time link an admin issues so a staff member can set up two-factor (lib/auth/enrolment-links.ts). */
export const staffEnrolmentLink = defineTemplate<StaffEnrolmentLinkPayload>({
  secretFields: ['enrolmentUrl'],
  compose: (p, { t, common }) => ({
    subject: t('subject'),
    heading: t('heading'),
    blocks: [common('greeting', { name: p.name }), t('intro', { issuedBy: p.issuedByName ?? t('anAdministrator'), hours: p.expiresInHours }), { links: [{ href: p.enrolmentUrl, label: t('action') }] }, t('outro')],
  }),
});
