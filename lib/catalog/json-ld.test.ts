import { describe, expect, it } from 'vitest';
import { productJsonLd, serializeJsonLd } from './json-ld';
import type { ProductDetail } from './types';

const product: ProductDetail = {
  id: 1, slug: 'calpol-500', brandName: 'Calpol', genericName: 'Paracetamol', strength: '500 mg', dosageForm: 'Tablet', packSize: '15 tablets',
  manufacturer: 'GSK', categorySlug: 'pain-and-fever', categoryName: 'Pain and fever', categoryNameNe: null, pricePaisa: 22_05, mrpPaisa: 24_00, requiresPrescription: false,
  imageUrl: null, stock: { status: 'low_stock', available: 3 }, description: 'Ends the tag </script><script>alert(1)</script>', usage: '', warnings: '',
  descriptionNe: null, usageNe: null, warningsNe: null, notSoldOnline: null,
  maxPerOrder: 10, updatedAt: '2026-01-01T00:00:00.000Z',
};

describe('product JSON-LD', () => {
  it('describes the offer in rupees with its availability', () => {
    const data = productJsonLd(product, 'https://medinest.example/products/calpol-500') as { offers: Record<string, string> };
    expect(data.offers).toMatchObject({ price: '22.05', priceCurrency: 'NPR', availability: 'https://schema.org/LimitedAvailability' });
  });

  it('offers nothing for a medicine that is never sold online', () => {
    const data = productJsonLd({ ...product, notSoldOnline: 'A reserve antibiotic, kept for hospital use.' }, 'https://medinest.example/p');
    expect(data).not.toHaveProperty('offers');
    expect(data).toMatchObject({ '@type': 'Product', activeIngredient: 'Paracetamol' });
  });

  it('cannot close its script tag whatever the text holds', () => {
    const json = serializeJsonLd(productJsonLd(product, 'https://medinest.example/p'));
    expect(json).not.toMatch(/<\/script/i);
    expect(JSON.parse(json).description).toBe(product.description);
  });
});
