import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import catalogLoader from 'next-intl/extractor/catalogLoader';
import type { ReactNode } from 'react';
import { describe, expect, it } from 'vitest';
import { _createCache, _createIntlFormatters, type RichTranslationValues } from 'use-intl/core';
import formatSource from 'use-intl/format-message';
import formatCompiled from 'use-intl/format-message/format-only';
import { INTL_LOCALE_TAGS } from './locales';
import { isNamespace, messageTemplate } from './message-template';

/**
 * The Next build compiles every messages file and formats the result with next-intl's small
 * formatter (next.config.mjs); tests and scripts read the files' ICU text with the full one. Both
 * must write every message alike, or the browser would show other words than the tests read.
 */
const MESSAGES_DIR = path.resolve(import.meta.dirname, '../../messages');
// The options next-intl's plugin gives its loader for next.config.mjs's `experimental.messages`.
const LOADER_OPTIONS = { messages: { format: 'json', precompile: true } };

/** A messages file as the Next build loads it: through next-intl's own loader. */
async function compiledFile(file: string): Promise<unknown> {
  const code = await new Promise<string>((resolve, reject) => {
    const context = { getOptions: () => LOADER_OPTIONS, async: () => (error: Error | null, code: string) => (error ? reject(error) : resolve(code)), resourcePath: file, rootContext: MESSAGES_DIR };
    catalogLoader.call(context as never, readFileSync(file, 'utf8'));
  });
  return JSON.parse(JSON.parse(/^export default JSON\.parse\((.*)\);$/s.exec(code)![1]!));
}

type Leaf = { key: string; source: string; compiled: unknown };
function leaves(source: Record<string, unknown>, compiled: Record<string, unknown>, prefix: string): Leaf[] {
  return Object.entries(source).flatMap(([key, value]) => (isNamespace(value) ? leaves(value, compiled[key] as Record<string, unknown>, `${prefix}${key}.`) : [{ key: prefix + key, source: value as string, compiled: compiled[key] }]));
}

const catalogs = await Promise.all(
  (['en', 'ne'] as const).flatMap((locale) =>
    readdirSync(path.join(MESSAGES_DIR, locale)).map(async (name) => {
      const file = path.join(MESSAGES_DIR, locale, name);
      const area = path.basename(name, '.json');
      return { locale, area, leaves: leaves(JSON.parse(readFileSync(file, 'utf8')), (await compiledFile(file)) as Record<string, unknown>, `${area}.`) };
    }),
  ),
);

// Every placeholder a number (plural branches included), every tag a function that marks its words.
function valuesFor(message: string, n: number): RichTranslationValues {
  const values: RichTranslationValues = {};
  for (const [, name] of message.matchAll(/\{(\w+)/g)) values[name!] = n;
  for (const [, tag] of message.matchAll(/<(\w+)>/g)) values[tag!] = (chunks: ReactNode) => `<${tag}>${[chunks].flat().join('')}</${tag}>`;
  return values;
}

describe('messages compiled by the Next build', () => {
  it('hold every message of both languages', () => {
    expect(catalogs).toHaveLength(2 * readdirSync(path.join(MESSAGES_DIR, 'en')).length);
    for (const { leaves: messages } of catalogs) for (const { key, compiled } of messages) expect(compiled, key).toBeDefined();
  });

  it('write every message as its ICU text does, in both languages and for any count', () => {
    const cache = _createCache();
    const formatters = _createIntlFormatters(cache);
    for (const { locale, leaves: messages } of catalogs) {
      for (const tag of [locale, INTL_LOCALE_TAGS[locale]]) {
        const options = { cache, formatters, locale: tag, timeZone: 'Asia/Kathmandu' };
        for (const { key, source, compiled } of messages) {
          for (const n of [0, 1, 2, 21, 164989.51]) {
            const values = valuesFor(source, n);
            expect(formatCompiled(key, compiled as string, values, options), `${key} in ${tag} with ${n}`).toEqual(formatSource(key, source, values, options));
          }
        }
      }
    }
  });

  it('read the same text from either form of the messages code matches against (lib/i18n/error-messages.ts)', () => {
    const errors = catalogs.filter(({ area }) => area === 'errors').flatMap(({ leaves: messages }) => messages);
    expect(errors.length).toBeGreaterThan(100);
    for (const { key, source, compiled } of errors.filter(({ key }) => !key.startsWith('errors.words.'))) expect(messageTemplate(compiled, key), key).toEqual(messageTemplate(source, key));
  });
});
