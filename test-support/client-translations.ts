import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

/** A `useTranslations` call that runs in the browser, so its words must be in the page's client messages. */
export type ClientTranslation = { module: string; namespace: string };

const root = path.resolve(import.meta.dirname, '..');
const EXTENSIONS = ['', '.ts', '.tsx', '.mjs', '.js', '/index.ts', '/index.tsx', '/index.mjs', '/index.js'];
// Only a module's code is followed: messages, styles and images carry no `useTranslations` call.
const NOT_CODE = /\.(json|css|svg|png|jpe?g|webp|ico|txt)$/;

function withoutComments(source: string): string {
  return source.replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '');
}

function directive(source: string, name: 'use client' | 'use server'): boolean {
  return new RegExp(`^(?:\\s|//[^\\n]*\\n|/\\*[\\s\\S]*?\\*/)*['"]${name}['"]`).test(source);
}

function importedSpecifiers(source: string): string[] {
  const specifiers: string[] = [];
  // `import type …` brings no code; `import { type A, b }` does.
  for (const m of source.matchAll(/^\s*(?:import|export)\s+(type\s+)?[^'";]*?\bfrom\s+['"]([^'"]+)['"]/gm)) if (!m[1]) specifiers.push(m[2]!);
  for (const m of source.matchAll(/^\s*import\s+['"]([^'"]+)['"]/gm)) specifiers.push(m[1]!);
  for (const m of source.matchAll(/\bimport\(\s*['"]([^'"]+)['"]\s*\)/g)) specifiers.push(m[1]!);
  return specifiers;
}

/** The repo's file a specifier names, relative to the repo root; null for a package. */
function resolve(specifier: string, fromFile: string): string | null {
  let base: string;
  if (specifier.startsWith('@/')) base = path.join(root, specifier.slice(2));
  else if (specifier.startsWith('.')) base = path.resolve(path.dirname(path.join(root, fromFile)), specifier);
  else return null;
  for (const extension of EXTENSIONS) {
    const candidate = base + extension;
    if (existsSync(candidate) && statSync(candidate).isFile()) return path.relative(root, candidate);
  }
  throw new Error(`${fromFile}: cannot resolve import '${specifier}'`);
}

function namespacesIn(source: string, file: string): string[] {
  const namespaces: string[] = [];
  for (const m of source.matchAll(/\buseTranslations\s*(?:<[^>]*>)?\(([^)]*)\)/g)) {
    const literal = /^\s*(['"])([^'"]+)\1\s*$/.exec(m[1]!);
    // A namespace the test cannot read is one nobody can check: the guard refuses it.
    if (!literal) throw new Error(`${file}: useTranslations(${m[1]}) has no literal namespace; write it as a string so the client messages can be checked`);
    namespaces.push(literal[2]!);
  }
  return namespaces;
}

/**
 * Every `useTranslations` namespace in the modules that run on the client when `entry` renders:
 * modules marked 'use client' and everything they import (a server component imported by a client
 * one becomes a client one). A server component's own calls read the request's messages, not the
 * provider's, so they are not listed. Modules marked 'use server' are not followed: a client gets
 * only a reference to an action. Imports are read with regular expressions, which is enough for
 * this codebase's `import … from '…'` / `export … from '…'` statements.
 */
export function clientTranslations(entry: string): ClientTranslation[] {
  const found = new Map<string, ClientTranslation>();
  const visited = new Set<string>();
  const visit = (file: string, onClient: boolean) => {
    const key = `${file}|${onClient}`;
    if (visited.has(key) || NOT_CODE.test(file)) return;
    visited.add(key);
    const raw = readFileSync(path.join(root, file), 'utf8');
    if (directive(raw, 'use server')) return;
    const client = onClient || directive(raw, 'use client');
    const source = withoutComments(raw);
    if (client) for (const namespace of namespacesIn(source, file)) found.set(`${file}|${namespace}`, { module: file, namespace });
    for (const specifier of importedSpecifiers(source)) {
      const next = resolve(specifier, file);
      if (next) visit(next, client);
    }
  };
  visit(entry, false);
  return [...found.values()];
}
