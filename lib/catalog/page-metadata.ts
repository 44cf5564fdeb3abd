import 'server-only';
import type { Metadata } from 'next';
import { getLocale, getTranslations } from 'next-intl/server';
import { alternatesFor } from '@/lib/i18n/alternates';
import { localizedPath } from '@/lib/i18n/paths';
import { resolveListing } from './listing';
import { listingHref } from './listing-params';
import { localizedCategory, localizedProduct } from './localized';
import { dosageFormLabel, packSizeLabel } from './pack-words';
import { findProductForPage } from './product-page';

/**
 * Titles and canonical URLs of the catalog pages, shared by the public routes and the cached ones
 * proxy.ts serves anonymous shoppers from, so both give crawlers the same public addresses.
 */

type RawParams = Record<string, string | string[] | undefined>;

export async function listingMetadata(params: RawParams): Promise<Metadata> {
  const [{ query, category: found }, t, locale] = await Promise.all([resolveListing(params, { withResults: false }), getTranslations('catalog.meta'), getLocale()]);
  const category = found && localizedCategory(found, locale);
  const title = query.q ? t('searchTitle', { q: query.q }) : category ? category.name : t('allMedicines');
  // A category page describes itself; other listings keep the layout's description.
  const description = !query.q && category?.description ? { description: category.description } : {};
  // Search result pages are endless variations; let crawlers index categories, not queries.
  const canonical = category && !query.q ? listingHref({ category: category.slug }) : '/products';
  return { title, ...description, robots: query.q ? { index: false, follow: true } : undefined, alternates: alternatesFor(canonical, locale) };
}

export async function productMetadata(slug: string): Promise<Metadata> {
  const [found, t, locale] = await Promise.all([findProductForPage(slug), getTranslations('catalog.meta'), getLocale()]);
  if (!found) return { title: t('productNotFound') };
  const product = localizedProduct(found, locale);
  const title = `${product.brandName} ${product.strength} (${product.genericName})`;
  const description = (product.description || t('productDescription', { generic: product.genericName, strength: product.strength, form: dosageFormLabel(product.dosageForm, locale), pack: packSizeLabel(product.packSize, locale), manufacturer: product.manufacturer })).slice(0, 200);
  const path = `/products/${product.slug}`;
  // Link previews (Facebook, WhatsApp, X) do not show SVG: a drawn pack is previewed as a PNG card
  // made from the product's details (app/og/products/[slug]); an uploaded photo is used as it is.
  const photo = product.imageUrl && !product.imageUrl.endsWith('.svg') ? product.imageUrl : null;
  const ogImage = photo ? { url: photo, alt: title } : { url: `/og/products/${product.slug}`, width: 1200, height: 630, alt: title };
  return {
    title,
    description,
    alternates: alternatesFor(path, locale),
    openGraph: { type: 'website', title, description, url: localizedPath(path, locale), siteName: 'MediNest', images: [ogImage] },
    twitter: { card: 'summary_large_image', title, description, images: [ogImage.url] },
  };
}
