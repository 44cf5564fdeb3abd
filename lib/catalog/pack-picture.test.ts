import { describe, expect, it } from 'vitest';
import { CATALOG_PRODUCTS } from '@/db/seed/catalog-data';
import { escapeSvgText, packPicture, packPictureSvg, type PackPictureInput } from './pack-picture';

const calpol: PackPictureInput = { brandName: 'Calpol', strength: '500 mg', dosageForm: 'Tablet', manufacturer: 'GSK', categorySlug: 'pain-and-fever', requiresPrescription: false };

describe('the drawn pack picture', () => {
  it('shows brand, strength, dosage form and maker, and marks prescription medicines', () => {
    const svg = packPictureSvg(calpol);
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" viewBox="0 0 320 240"/);
    for (const text of ['>Calpol<', '>500 mg<', '>TABLET<', '>GSK<']) expect(svg).toContain(text);
    expect(svg).not.toContain('>Rx<');
    expect(packPictureSvg({ ...calpol, requiresPrescription: true })).toContain('>Rx<');
  });

  it('is the same bytes every time, stored under their SHA-256', () => {
    const first = packPicture(calpol);
    expect(packPicture({ ...calpol }).bytes.equals(first.bytes)).toBe(true);
    expect(first.key).toMatch(/^[0-9a-f]{64}\.svg$/);
    expect(first.url).toBe(`/api/product-images/public/${first.key}`);
    expect(packPicture({ ...calpol, strength: '650 mg' }).key).not.toBe(first.key);
  });

  it('colours packs by category', () => {
    const colour = (svg: string) => /stroke="(#[0-9a-f]{6})"/.exec(svg)?.[1];
    expect(colour(packPictureSvg(calpol))).not.toBe(colour(packPictureSvg({ ...calpol, categorySlug: 'antibiotics' })));
    expect(colour(packPictureSvg({ ...calpol, categorySlug: 'a-new-category' }))).toMatch(/^#[0-9a-f]{6}$/);
  });

  it('escapes every text, so a product name can never become markup', () => {
    const svg = packPictureSvg({ ...calpol, brandName: '</text><script>alert(1)</script>', strength: '"5" & <b>', manufacturer: "O'Brien\u0000\u001b" });
    expect(svg).not.toMatch(/<script|<b>|\u0000|\u001b/);
    expect(svg).toContain('&lt;/text&gt;&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(svg).toContain('&quot;5&quot; &amp; &lt;b&gt;');
    expect(svg).toContain('O&#39;Brien');
    expect(escapeSvgText('a & b')).toBe('a &amp; b');
    // Only the elements the drawing itself uses appear.
    const elements = new Set([...svg.matchAll(/<([a-z]+)/g)].map((m) => m[1]));
    expect([...elements].sort()).toEqual(['circle', 'g', 'path', 'rect', 'svg', 'text']);
  });

  it('stays small and fits long names for every seeded product', () => {
    for (const product of CATALOG_PRODUCTS) {
      const svg = packPictureSvg(product);
      expect(svg.length, product.slug).toBeLessThan(2_000);
      expect((svg.match(/<text /g) ?? []).length, product.slug).toBeLessThanOrEqual(7);
    }
    // A long brand breaks over two lines; a long combination strength is squeezed, not cut.
    const long = packPictureSvg({ ...calpol, brandName: 'Dr Trust Infrared Thermometer', strength: '14.08 mg + 138 mg + 57.03 mg + 1.14 mg per 5 ml' });
    expect(long).toContain('>Dr Trust<');
    expect(long).toContain('>Infrared Thermometer<');
    expect(long).toMatch(/textLength="256" lengthAdjust="spacingAndGlyphs">14\.08 mg/);
  });
});
