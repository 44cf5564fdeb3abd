import { describe, expect, it } from 'vitest';
import { CATALOG_PRODUCTS } from '@/db/seed/catalog-data';
import { asciiDigits, romanizeDevanagari } from './devanagari';
import { NEPALI_SPELLINGS } from './nepali-spellings';
import { catalogWordsFor, nepaliGenericName } from './nepali-words';
import { normalizeSearchText } from './search-text';

describe('romanised spelling keys', () => {
  it('writes the usual spellings of loanwords the way they are searched', () => {
    expect(romanizeDevanagari('प्यारासिटामोल')).toBe('pyarasitamol');
    expect(romanizeDevanagari('सिटामोल')).toBe('sitamol');
    expect(romanizeDevanagari('इन्सुलिन')).toBe('insulin');
  });

  it('folds vowel length, nukta, chandrabindu against anusvara and joiners into one key', () => {
    expect(romanizeDevanagari('सीटामोल')).toBe(romanizeDevanagari('सिटामोल'));
    expect(romanizeDevanagari('ज़िंक')).toBe(romanizeDevanagari('जिंक'));
    expect(romanizeDevanagari('इंसुलिन')).toBe(romanizeDevanagari('इन्सुलिन'));
    expect(romanizeDevanagari('इँसुलिन')).toBe(romanizeDevanagari('इंसुलिन'));
    expect(romanizeDevanagari('प्\u200dयारासिटामोल')).toBe('pyarasitamol');
  });

  it('reads Nepali digits as ASCII', () => {
    expect(asciiDigits('५०० mg')).toBe('500 mg');
    expect(romanizeDevanagari('६५०')).toBe('650');
  });
});

describe('Devanagari search words', () => {
  it('become the catalog word they spell', () => {
    expect(catalogWordsFor('प्यारासिटामोल')).toEqual(['paracetamol']);
    expect(catalogWordsFor('पारासिटामोल')).toEqual(['paracetamol']);
    expect(catalogWordsFor('सिटामोल')).toEqual(['sitamol']);
    expect(catalogWordsFor('आइबुप्रोफेन')).toEqual(['ibuprofen']);
    expect(catalogWordsFor('एमोक्सिसिलिन')).toEqual(['amoxicillin']);
    expect(catalogWordsFor('सेटिरिजिन')).toEqual(['cetirizine']);
    expect(catalogWordsFor('मेटफर्मिन')).toEqual(['metformin']);
    expect(catalogWordsFor('ओमेप्राजोल')).toEqual(['omeprazole']);
  });

  it('tolerate small spelling variants the list does not hold', () => {
    expect(catalogWordsFor('प्यारासिटमोल')).toEqual(['paracetamol']); // a missing aa
    expect(catalogWordsFor('पारासीटामोल')).toEqual(['paracetamol']); // long i
    expect(catalogWordsFor('प्यारासिटामौल')).toEqual(['paracetamol']); // au for o
    expect(catalogWordsFor('मेट्फर्मिन')).toEqual(['metformin']); // a half letter
    expect(catalogWordsFor('एमोक्सीसीलिन')).toEqual(['amoxicillin']);
  });

  it('never turn one ingredient into a close neighbour', () => {
    // Esomeprazole and omeprazole are two letters apart: each spelling finds its own.
    expect(catalogWordsFor('इसोमेप्राजोल')).toEqual(['esomeprazole']);
    expect(catalogWordsFor('ओमेप्राजोल')).toEqual(['omeprazole']);
    expect(catalogWordsFor('लेभोसेटिरिजिन')).toEqual(['levocetirizine']);
    expect(catalogWordsFor('साल्बुटामोल')).toEqual(['salbutamol']);
  });

  it('leave Latin words alone and search an unknown Devanagari word romanised', () => {
    expect(catalogWordsFor('paracetamol')).toEqual(['paracetamol']);
    expect(catalogWordsFor('नमस्ते')).toEqual(['namaste']);
  });

  it('reach the search words, with a strength typed in Nepali digits', () => {
    const text = normalizeSearchText('प्यारासिटामोल ५००');
    expect(text.words).toEqual(['paracetamol']);
    expect(text.strengths).toEqual(['500']);
    expect(text.normalized).toBe('प्यारासिटामोल 500');
  });
});

describe('the spelling list', () => {
  it('gives no two catalog words the same key, so an exact spelling is never ambiguous', () => {
    const owner = new Map<string, string>();
    for (const [word, spellings] of Object.entries(NEPALI_SPELLINGS)) {
      expect(word, word).toMatch(/^[a-z]+$/);
      for (const spelling of spellings) {
        const key = romanizeDevanagari(spelling);
        expect(owner.get(key) ?? word, `${spelling} (${key})`).toBe(word);
        owner.set(key, word);
      }
    }
  });

  it('renders the generic name of every seeded medicine', () => {
    const medicines = CATALOG_PRODUCTS.filter((p) => p.dosageForm !== 'Device' && p.categorySlug !== 'first-aid');
    const unrendered = [...new Set(medicines.filter((p) => nepaliGenericName(p.genericName) === null).map((p) => p.genericName))];
    // Word order would need a translator, not a word list; the rest are not medicines.
    const mixture = ['Vitamin B complex with Vitamin C'];
    const notMedicines = ['Broad-spectrum sunscreen', 'Emollient moisturiser', 'Baby moisturising lotion', 'Infant formula (0 to 6 months)', 'Infant cereal (from 6 months)', 'Lancets', 'Pregnancy test (hCG)', 'Sanitary pads (XL)'];
    expect(unrendered.filter((g) => !g.startsWith('Blood glucose test strips')).sort()).toEqual([...mixture, ...notMedicines].sort());
    for (const generic of ['Paracetamol', 'Ibuprofen', 'Amoxicillin', 'Cetirizine', 'Metformin', 'Omeprazole']) {
      expect(medicines.some((p) => p.genericName === generic), generic).toBe(true);
      expect(nepaliGenericName(generic), generic).not.toBeNull();
    }
  });
});

describe('the Nepali rendering of a generic name', () => {
  it('renders each word and keeps separators, strengths and letters', () => {
    expect(nepaliGenericName('Paracetamol')).toBe('प्यारासिटामोल');
    expect(nepaliGenericName('Amoxicillin + Clavulanic acid')).toBe('एमोक्सिसिलिन + क्लाभुलानिक एसिड');
    expect(nepaliGenericName('Calcium carbonate + Vitamin D3')).toBe('क्याल्सियम कार्बोनेट + भिटामिन D3');
    expect(nepaliGenericName('Ascorbic acid (Vitamin C)')).toBe('एस्कर्बिक एसिड (भिटामिन C)');
  });

  it('leaves out a qualifier it cannot render, and gives up on an unknown word', () => {
    expect(nepaliGenericName('Metformin (sustained release)')).toBe('मेटफर्मिन');
    expect(nepaliGenericName('Digital thermometer')).toBeNull();
    expect(nepaliGenericName('')).toBeNull();
  });
});
