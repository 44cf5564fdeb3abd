import { isLocale, routing } from '@/lib/i18n/routing';
import { webManifest } from '@/lib/web-manifest/manifest';

// The installable app's manifest, one per language, written once at `next build`: the same for
// everyone and nothing private. English at /manifest.webmanifest (next.config.mjs rewrites English
// addresses to /en/…), Nepali at /ne/manifest.webmanifest; each page links its own (lib/site-metadata.ts).
export const dynamic = 'force-static';
export const dynamicParams = false;

export function generateStaticParams() {
  return routing.locales.map((locale) => ({ locale }));
}

export async function GET(_request: Request, { params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  if (!isLocale(locale)) return new Response('Not found.', { status: 404 });
  // As Next's own manifest route answers: its media type, and revalidated at every use.
  return new Response(JSON.stringify(webManifest(locale)), {
    headers: { 'Content-Type': 'application/manifest+json', 'Cache-Control': 'public, max-age=0, must-revalidate' },
  });
}
