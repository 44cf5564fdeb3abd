import { describe, expect, it } from 'vitest';
import { fieldsWithControlCharacters, hasControlCharacters, urlHasControlCharacters } from './control-characters';

const url = (path: string) => new URL(path, 'http://127.0.0.1:3210');

describe('urlHasControlCharacters', () => {
  it('finds NUL and other controls in the path, in parameter values and in parameter names', () => {
    for (const path of ['/admin/orders?q=%00', '/admin/audit?actor=a%1bb', '/products?%00=1', '/products/para%00cetamol', '/api/admin/exports/orders?q=%7f']) {
      expect(urlHasControlCharacters(url(path)), path).toBe(true);
    }
  });

  it('leaves ordinary addresses, malformed escapes and tab/newline (refused by redirect targets) alone', () => {
    for (const path of ['/products?q=paracetamol+500', '/products?q=%E0%A4%AA%E0%A5%8D', '/login?next=%09//evil.example', '/login?next=%0d%0a', '/x%zz']) {
      expect(urlHasControlCharacters(url(path)), path).toBe(false);
    }
  });
});

describe('form fields', () => {
  it('names each field holding a control character, in lists too', () => {
    expect(fieldsWithControlCharacters({ name: 'Sita', note: 'a\u0000', tags: ['ok', '\u0008'], notes: 'line\r\nline\t' })).toEqual(['note', 'tags']);
    expect(fieldsWithControlCharacters(null)).toEqual([]);
  });

  it('lets a textarea keep its line breaks only when asked', () => {
    expect(hasControlCharacters('a\nb')).toBe(true);
    expect(hasControlCharacters('a\nb', { allowLineBreaks: true })).toBe(false);
  });
});
