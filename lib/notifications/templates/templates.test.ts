import { describe, expect, it } from 'vitest';
import { renderTemplate, templates } from './index';

const hostile = '<script>alert("x")</script>';

describe('email templates', () => {
  it('escape every payload value in HTML', () => {
    const reset = renderTemplate('password-reset', { name: hostile, resetUrl: `http://shop.test/"><img src=x>`, expiresInMinutes: 30 });
    const welcome = renderTemplate('welcome', { name: hostile, shopUrl: 'http://shop.test' });
    for (const html of [reset.html, welcome.html]) {
      expect(html).not.toContain('<script>');
      expect(html).toContain('&lt;script&gt;');
    }
    expect(reset.html).not.toContain('"><img');
  });

  it('has a subject and a text body for every template', () => {
    expect(Object.keys(templates)).toEqual(expect.arrayContaining(['password-reset', 'welcome']));
    expect(renderTemplate('welcome', { name: 'Sita', shopUrl: 'http://shop.test/products' }).text).toContain('http://shop.test/products');
  });
});
