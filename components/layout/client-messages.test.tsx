import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Locale } from '@/lib/i18n/locales';
import { pickMessages, type ClientMessagePath } from '@/lib/i18n/messages';
import { clientTranslations } from '@/test-support/client-translations';
import * as clientMessages from './client-messages';

/**
 * How a route's client messages are found: the route file itself, then the layouts above it up to
 * app/[locale], then SiteShell, render `<ClientMessages paths={…}>`; the first that does wraps the
 * route (a page that has one wraps everything it renders in it). The list is a constant exported from
 * client-messages.tsx, or an array of such constants spread and literal paths.
 */
const root = path.resolve(import.meta.dirname, '../..');
const APP = 'app/[locale]';
const SHELL = 'components/layout/site-shell.tsx';
const ROUTE_FILE = /^(page|layout|loading|error|not-found|forbidden|unauthorized|template|default)\.tsx$/;

function routeFiles(dir: string): string[] {
  return readdirSync(path.join(root, dir), { withFileTypes: true }).flatMap((entry) => {
    const relative = `${dir}/${entry.name}`;
    if (entry.isDirectory()) return routeFiles(relative);
    return ROUTE_FILE.test(entry.name) ? [relative] : [];
  });
}

const namedLists = clientMessages as unknown as Record<string, readonly ClientMessagePath[] | undefined>;

function namedList(name: string, file: string): readonly string[] {
  const list = namedLists[name];
  if (!Array.isArray(list)) throw new Error(`${file}: ${name} is not a list exported from components/layout/client-messages.tsx`);
  return list;
}

function parseList(expression: string, file: string): readonly string[] {
  const trimmed = expression.trim();
  if (/^\w+$/.test(trimmed)) return namedList(trimmed, file);
  const items = /^\[([\s\S]*)\]$/.exec(trimmed)?.[1]?.split(',').map((item) => item.trim()).filter(Boolean);
  if (!items) throw new Error(`${file}: cannot read the client messages list ${trimmed}`);
  return items.flatMap((item) => {
    const spread = /^\.\.\.(\w+)$/.exec(item);
    if (spread) return namedList(spread[1]!, file);
    const literal = /^(['"])([\w.]+)\1$/.exec(item);
    if (literal) return [literal[2]!];
    throw new Error(`${file}: cannot read '${item}' in its client messages list`);
  });
}

/** The list a file's `<ClientMessages>` provides, or null if it renders none. */
function listIn(file: string): readonly string[] | null {
  const source = readFileSync(path.join(root, file), 'utf8');
  const lists = [...source.matchAll(/<ClientMessages\s+paths=\{([\s\S]*?)\}>/g)].map((m) => parseList(m[1]!, file));
  const [first] = lists;
  if (!first) return null;
  if (lists.some((list) => list.join() !== first.join())) throw new Error(`${file}: renders ClientMessages with different lists; give each route one`);
  return first;
}

function wrappingList(route: string): { source: string; paths: readonly string[] } {
  const candidates = [route];
  for (let dir = path.dirname(route); dir.startsWith(APP); dir = path.dirname(dir)) {
    if (existsSync(path.join(root, dir, 'layout.tsx'))) candidates.push(`${dir}/layout.tsx`);
  }
  candidates.push(SHELL);
  for (const candidate of new Set(candidates)) {
    const paths = listIn(candidate);
    if (paths) return { source: candidate, paths };
  }
  throw new Error(`${route}: no ClientMessages above it`);
}

const covers = (path: string, namespace: string) => namespace === path || namespace.startsWith(`${path}.`);

const routes = routeFiles(APP);

describe('client messages', () => {
  it('finds the shop and cached routes', () => {
    expect(routes).toContain(`${APP}/(shop)/checkout/page.tsx`);
    expect(routes).toContain(`${APP}/cached/product/[slug]/page.tsx`);
    expect(readFileSync(path.join(root, APP, 'layout.tsx'), 'utf8')).toContain('<SiteShell');
  });

  it.each(routes)('%s: its client components find every word they read', (route) => {
    const { source, paths } = wrappingList(route);
    const missing = clientTranslations(route)
      .filter(({ namespace }) => !paths.some((path) => covers(path, namespace)))
      .map(({ module, namespace }) => `${route}: ${module} reads useTranslations('${namespace}'), which ${source}'s ClientMessages does not provide`);
    expect(missing).toEqual([]);
  });

  it.each(Object.keys(namedLists).filter((name) => name.endsWith('_MESSAGES')))('%s includes the shell and names only messages that exist', (name) => {
    const list = namedList(name, 'client-messages.tsx');
    expect(clientMessages.SHELL_MESSAGES.filter((path) => !list.includes(path))).toEqual([]);
    for (const locale of ['en', 'ne'] satisfies Locale[]) expect(() => pickMessages(locale, list as readonly ClientMessagePath[])).not.toThrow();
  });
});
