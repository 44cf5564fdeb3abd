// @ts-check
import { createHash } from 'node:crypto';

/**
 * A cached page is the same HTML for every visitor, so it cannot carry a per-request nonce. Its
 * inline scripts are allowed by their SHA-256 instead: the cache handler (lib/next-cache/handler.mjs)
 * stores this policy with the page, and an injected script, whose hash is not listed, is refused.
 */

const SCRIPT = /<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi;
const SRC_ATTRIBUTE = /(?:^|\s)src\s*=/i;
const TYPE_ATTRIBUTE = /(?:^|\s)type\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/i;
/** Types a browser runs; anything else (application/ld+json) is a data block CSP does not judge. */
const SCRIPT_TYPES = new Set(['', 'module', 'text/javascript', 'application/javascript']);

/** @param {string} attributes */
function runsAsScript(attributes) {
  if (SRC_ATTRIBUTE.test(attributes)) return false;
  const type = TYPE_ATTRIBUTE.exec(attributes);
  const value = type ? (type[1] ?? type[2] ?? type[3] ?? '') : '';
  return SCRIPT_TYPES.has(value.trim().toLowerCase());
}

/**
 * The CSP hash source of every inline script in the HTML, in order of first appearance, once each.
 * @param {string} html
 * @returns {string[]}
 */
export function inlineScriptHashes(html) {
  const hashes = new Set();
  for (const match of html.matchAll(SCRIPT)) {
    if (!runsAsScript(match[1] ?? '')) continue;
    hashes.add(`'sha256-${createHash('sha256').update(match[2] ?? '', 'utf8').digest('base64')}'`);
  }
  return [...hashes];
}

/**
 * The script policy of a cached page: its own files and exactly its inline scripts. No
 * 'strict-dynamic' (it would switch off 'self', and Next's <script src> tags carry no nonce).
 * @param {string} html
 * @param {{ development?: boolean }} [options]
 */
export function hashedScriptPolicy(html, options = {}) {
  return ["script-src 'self'", ...inlineScriptHashes(html), ...(options.development ? ["'unsafe-eval'"] : [])].join(' ');
}
