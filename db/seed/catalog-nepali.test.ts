import { describe, expect, it } from 'vitest';
import { CATALOG_PRODUCTS, CATEGORIES } from './catalog-data';

const DEVANAGARI = /\p{Script=Devanagari}/u;

describe('the seed catalog in Nepali', () => {
  it('names and describes every category in Nepali', () => {
    for (const category of CATEGORIES) {
      expect(category.nameNe, category.slug).toMatch(DEVANAGARI);
      expect(category.descriptionNe, category.slug).toMatch(DEVANAGARI);
    }
  });

  it('gives every product its description, usage and warnings in Nepali wherever they are written in English', () => {
    const fields = [['description', 'descriptionNe'], ['usage', 'usageNe'], ['warnings', 'warningsNe']] as const;
    for (const product of CATALOG_PRODUCTS) {
      for (const [english, nepali] of fields) {
        if (product[english].trim() !== '') expect(product[nepali], `${product.slug} ${nepali}`).toMatch(DEVANAGARI);
      }
    }
  });

  it('keeps the catalog’s numbers: every figure in an English leaflet or category description appears in the Nepali one, in either digits', () => {
    const toLatin = (text: string) => text.replace(/[०-९]/g, (d) => String(d.charCodeAt(0) - 0x0966));
    const figures = (text: string) => (text.match(/\d+(?:[.,]\d+)*/g) ?? []).map((n) => n.replace(/,/g, '')).sort();
    for (const product of CATALOG_PRODUCTS) {
      const leaflet: [string, string][] = [[product.usage, product.usageNe], [product.warnings, product.warningsNe], [product.description, product.descriptionNe]];
      for (const [english, nepali] of leaflet) {
        expect(figures(toLatin(nepali)), `${product.slug}: ${english}`).toEqual(figures(english));
      }
    }
    for (const category of CATEGORIES) expect(figures(toLatin(category.descriptionNe)), category.slug).toEqual(figures(category.description));
  });
});
