import { describe, expect, it } from 'vitest';
import { renderTemplate, templates } from './index';

const hostile = '<script>alert("x")</script>';

describe('email templates', () => {
  it('escape every payload value in HTML', () => {
    const reset = renderTemplate('password-reset', { name: hostile, resetUrl: `http://shop.test/"><img src=x>`, expiresInMinutes: 30 });
    const welcome = renderTemplate('welcome', { name: hostile, shopUrl: 'http://shop.test' });
    const verify = renderTemplate('verify-email', { name: hostile, verifyUrl: `http://shop.test/"><img src=x>`, expiresInHours: 24 });
    const attempt = renderTemplate('registration-attempt', { name: hostile, signInUrl: 'http://shop.test/login', resetUrl: `http://shop.test/"><img src=x>` });
    for (const html of [reset.html, welcome.html, verify.html, attempt.html]) {
      expect(html).not.toContain('<script>');
      expect(html).toContain('&lt;script&gt;');
    }
    for (const html of [reset.html, verify.html, attempt.html]) expect(html).not.toContain('"><img');
  });

  it('has a subject and a text body for every template', () => {
    expect(Object.keys(templates)).toEqual(expect.arrayContaining(['password-reset', 'welcome', 'verify-email', 'registration-attempt']));
    expect(renderTemplate('verify-email', { name: 'Sita', verifyUrl: 'http://shop.test/verify-email?token=t', expiresInHours: 24 }).text).toContain('http://shop.test/verify-email?token=t');
    expect(renderTemplate('registration-attempt', { name: 'Sita', signInUrl: 'http://shop.test/login', resetUrl: 'http://shop.test/forgot-password' }).text).toContain('http://shop.test/forgot-password');
    expect(renderTemplate('welcome', { name: 'Sita', shopUrl: 'http://shop.test/products' }).text).toContain('http://shop.test/products');
  });

  it('names who issued a staff enrolment link, or an administrator in the reader’s language when the command line did', () => {
    const link = { name: 'Gita', enrolmentUrl: 'http://shop.test/e', expiresInHours: 72 };
    expect(renderTemplate('staff-enrolment-link', { ...link, issuedByName: 'Hari' }, 'ne').text).toContain('Hari ले तपाईंलाई');
    expect(renderTemplate('staff-enrolment-link', { ...link, issuedByName: null }, 'ne').text).toContain('MediNest का एक प्रशासक ले तपाईंलाई');
    expect(renderTemplate('staff-enrolment-link', { ...link, issuedByName: null }).text).toContain('A MediNest administrator issued you a link');
  });
});
