import { describe, expect, it } from 'vitest';
import { MESSAGES } from '@/lib/i18n/messages';
import { patientLabel } from './labels';

describe('a patient as the pickers name them', () => {
  it('keeps the English as it was, and speaks Nepali on a Nepali page', () => {
    expect(patientLabel({ name: 'Hari Prasad', relationship: 'self' }, 'en')).toBe('You (Hari Prasad)');
    expect(patientLabel({ name: 'Sita Sharma', relationship: 'parent' }, 'en')).toBe('Sita Sharma · Mother or father');
    expect(patientLabel({ name: 'Hari Prasad', relationship: 'self' }, 'ne')).toBe('तपाईं (Hari Prasad)');
    expect(patientLabel({ name: 'Sita Sharma', relationship: 'parent' }, 'ne')).toBe(`Sita Sharma · ${MESSAGES.ne.account.patients.relationship.parent}`);
  });
});
