import type { PharmacyDetails } from '@/lib/settings/schema';

/** A pharmacy's licence and contact details as the settings form saves them (no Nepali given). */
export const PHARMACY_DETAILS: PharmacyDetails = {
  pharmacyName: 'Test Pharmacy Pvt. Ltd.',
  ddaLicenceNumber: 'DDA 5678/081-82',
  panNumber: '601234567',
  address: 'Putalisadak-28, Kathmandu',
  phone: '01-4411223',
  email: 'shop@example.test',
  pharmacistName: 'Sita Sharma',
  pharmacistRegistration: 'NPC A-4321',
  pharmacyNameNe: null,
  addressNe: null,
  pharmacistNameNe: null,
};
