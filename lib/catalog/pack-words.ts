import type { Locale } from '@/lib/i18n/locales';
import { formatCount } from '@/lib/money';

/**
 * A product's dosage form and pack size as a Nepali page shows them (issue 15). They are stored as
 * the English on the pack ("Tablet", "10 tablets") and stay the stored values — filters, search and
 * the pack pictures use them — so this is a display vocabulary, not a second copy of the data: a
 * word it does not know, or a pack it cannot read as "<count> <unit>", is shown as stored.
 */
const NEPALI_DOSAGE_FORMS: Readonly<Record<string, string>> = {
  capsule: 'क्याप्सुल',
  cream: 'क्रिम',
  device: 'स्वास्थ्य उपकरण',
  dressing: 'ड्रेसिङ',
  drops: 'ड्रप्स',
  gel: 'जेल',
  inhaler: 'इन्हेलर',
  injection: 'सुई',
  kit: 'किट',
  lotion: 'लोसन',
  lozenge: 'लोजेन्ज',
  ointment: 'मलम',
  powder: 'पाउडर',
  respules: 'रेस्प्युल',
  sachet: 'पोका',
  shampoo: 'स्याम्पु',
  solution: 'घोल',
  spray: 'स्प्रे',
  suspension: 'सस्पेन्सन',
  syrup: 'सिरप',
  tablet: 'ट्याब्लेट',
};

/** Units of a pack, singular ("tablets" and "tablet" are one unit, as in ./pack-size.ts). */
const NEPALI_PACK_UNITS: Readonly<Record<string, string>> = {
  bandage: 'ब्यान्डेज',
  capsule: 'क्याप्सुल',
  dose: 'डोज',
  g: 'ग्राम',
  lancet: 'ल्यान्सेट',
  litre: 'लिटर',
  lozenge: 'लोजेन्ज',
  mask: 'मास्क',
  'meter kit': 'मिटर किट',
  'metered dose': 'मिटर्ड डोज',
  ml: 'मि.लि.',
  'ml vial': 'मि.लि. भायल',
  monitor: 'मोनिटर',
  nebulizer: 'नेबुलाइजर',
  oximeter: 'अक्सिमिटर',
  pad: 'प्याड',
  respule: 'रेस्प्युल',
  sachet: 'पोका',
  spacer: 'स्पेसर',
  strip: 'स्ट्रिप',
  swab: 'स्वाब',
  syringe: 'सिरिन्ज',
  tablet: 'ट्याब्लेट',
  'test card': 'परीक्षण कार्ड',
  thermometer: 'थर्मामिटर',
  'vaginal tablet': 'योनि ट्याब्लेट',
};

export function dosageFormLabel(dosageForm: string, locale: Locale): string {
  if (locale !== 'ne') return dosageForm;
  return NEPALI_DOSAGE_FORMS[dosageForm.trim().toLowerCase()] ?? dosageForm;
}

/** "10 tablets" → "१० ट्याब्लेट"; "3 ml prefilled pen" (more than a count and a unit) stays as stored. */
export function packSizeLabel(packSize: string, locale: Locale): string {
  if (locale !== 'ne') return packSize;
  const match = /^\s*(\d{1,6})\s+([a-z]+(?: [a-z]+)?)\s*$/i.exec(packSize);
  if (!match) return packSize;
  const unit = NEPALI_PACK_UNITS[match[2]!.toLowerCase().replace(/s$/, '')];
  return unit ? `${formatCount(Number(match[1]), 'ne')} ${unit}` : packSize;
}
