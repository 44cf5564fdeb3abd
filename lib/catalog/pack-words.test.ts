import { describe, expect, it } from 'vitest';
import { CATALOG_PRODUCTS } from '@/db/seed/catalog-data';
import { dosageFormLabel, packSizeLabel } from './pack-words';

const LATIN = /[A-Za-z]/;

describe('dosage forms and pack sizes on Nepali pages', () => {
  it('names every dosage form of the seed catalog in Nepali', () => {
    for (const form of new Set(CATALOG_PRODUCTS.map((p) => p.dosageForm))) expect(dosageFormLabel(form, 'ne'), form).not.toMatch(LATIN);
  });

  it('reads every "<count> <unit>" pack of the seed catalog in Nepali, with Devanagari digits', () => {
    const plain = CATALOG_PRODUCTS.map((p) => p.packSize).filter((pack) => /^\d+ [a-z]+( [a-z]+)?$/i.test(pack));
    expect(plain.length).toBeGreaterThan(200);
    for (const pack of plain) expect(packSizeLabel(pack, 'ne'), pack).not.toMatch(/[A-Za-z0-9]/);
    expect(packSizeLabel('10 tablets', 'ne')).toBe('१० ट्याब्लेट');
    expect(packSizeLabel('1 tablet', 'ne')).toBe('१ ट्याब्लेट');
    expect(packSizeLabel('200 metered doses', 'ne')).toBe('२०० मिटर्ड डोज');
    expect(packSizeLabel('100 ml', 'ne')).toBe('१०० मि.लि.');
  });

  it('shows what it cannot read as stored, and English exactly as stored', () => {
    for (const pack of ['3 ml prefilled pen', '1 roll (9.1 m)', '21 tablets (1 cycle)', '10 widgets', '']) expect(packSizeLabel(pack, 'ne')).toBe(pack);
    expect(dosageFormLabel('Pessary', 'ne')).toBe('Pessary');
    expect(dosageFormLabel('Tablet', 'ne')).toBe('ट्याब्लेट');
    expect(dosageFormLabel('tablet', 'ne')).toBe('ट्याब्लेट');
    for (const p of CATALOG_PRODUCTS.slice(0, 50)) {
      expect(dosageFormLabel(p.dosageForm, 'en')).toBe(p.dosageForm);
      expect(packSizeLabel(p.packSize, 'en')).toBe(p.packSize);
    }
  });
});
