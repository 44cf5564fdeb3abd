import { readFile } from 'node:fs/promises';
import path from 'node:path';

/**
 * The API reference at /api/docs: Scalar's standalone bundle (npm @scalar/api-reference, pinned),
 * served from our own origin, never a CDN. The page's scripts carry the request's CSP nonce, and
 * Scalar's default web fonts (loaded from its own servers) are turned off.
 */
export const SCALAR_VERSION = '1.72.1';
const BUNDLE = path.join(process.cwd(), 'node_modules', '@scalar', 'api-reference', 'dist', 'browser', 'standalone.js');

let bundle: Promise<Buffer> | undefined;
export const scalarBundle = () => (bundle ??= readFile(BUNDLE));

const escapeAttribute = (value: string) => value.replace(/[^A-Za-z0-9+/=_-]/g, '');

export function referencePageHtml(nonce: string): string {
  const n = escapeAttribute(nonce);
  // Nothing that talks to Scalar's own services: no AI agent, MCP, toolbar or telemetry (the page policy blocks them anyway).
  const config = JSON.stringify({
    url: '/api/v1/openapi.json',
    withDefaultFonts: false,
    telemetry: false,
    agent: { disabled: true },
    mcp: { disabled: true },
    showDeveloperTools: 'never',
    documentDownloadType: 'json',
  });
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta property="csp-nonce" content="${n}">
<meta name="robots" content="noindex">
<title>MediNest API reference</title>
</head>
<body>
<div id="app"></div>
<script nonce="${n}" src="/api/docs/scalar.js?v=${SCALAR_VERSION}"></script>
<script nonce="${n}">Scalar.createApiReference('#app', ${config});</script>
</body>
</html>`;
}
