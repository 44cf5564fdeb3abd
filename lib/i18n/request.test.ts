import { describe, expect, it } from 'vitest';
import { getLocale, getTranslations } from 'next-intl/server';

describe('the request config outside a page with a language segment', () => {
  it('reads English, the shop’s default, and finds messages by namespace', async () => {
    expect(await getLocale()).toBe('en');
    const t = await getTranslations('email.common');
    expect(t('greeting', { name: 'Sita' })).toBe('Namaste Sita,');
  });

  it('gives the Nepali messages when a locale is asked for', async () => {
    const t = await getTranslations({ locale: 'ne', namespace: 'email.common' });
    expect(t('greeting', { name: 'Sita' })).toBe('नमस्ते Sita,');
  });
});
