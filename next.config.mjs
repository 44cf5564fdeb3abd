/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  typedRoutes: false,
  // Native or WASM-heavy server packages are loaded by Node at run time, not bundled.
  serverExternalPackages: [
    'tesseract.js',
    '@tesseract.js-data/eng',
    'sharp',
    // Loads pdfium.wasm from its own folder at run time.
    '@hyzyla/pdfium',
    '@node-rs/argon2',
    '@electric-sql/pglite',
    '@electric-sql/pglite-socket',
    '@google-cloud/vision',
    'pino',
  ],
  experimental: {
    serverActions: { bodySizeLimit: '11mb' },
    // forbidden() and unauthorized() from next/navigation: real 403s from pages and actions.
    authInterrupts: true,
  },
};

export default nextConfig;
