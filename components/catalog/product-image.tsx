import Image from 'next/image';
import { useLocale, useTranslations } from 'next-intl';
import { dosageFormLabel } from '@/lib/catalog/pack-words';

// The grid is two cards wide on a phone, three from `sm`, four from `lg` (ProductGrid); the
// product page shows one picture, half the width from `md`.
const SIZES = { sm: '(min-width: 1024px) 25vw, (min-width: 640px) 33vw, 50vw', lg: '(min-width: 768px) 50vw, 100vw' };

/**
 * The product's picture: an uploaded photo, or the pack drawn at seed time. Only same-origin
 * images are shown (the CSP's img-src allows nothing else); without one, a plain tile with the
 * dosage form keeps the card's shape.
 *
 * A drawn pack is SVG and is passed through `unoptimized`: a vector needs no resized copies, and
 * the optimizer would only serve SVG with `dangerouslyAllowSVG`, a site-wide switch that would
 * also let any future SVG through it. Through <img>, an SVG can neither run script nor load
 * anything, and its own route adds a sandboxing CSP for when it is opened on its own.
 */
export function ProductImage({ imageUrl, brandName, dosageForm, size = 'sm' }: { imageUrl: string | null; brandName: string; dosageForm: string; size?: 'sm' | 'lg' }) {
  const t = useTranslations('catalog.image');
  const locale = useLocale();
  const box = size === 'lg' ? 'h-36 w-full sm:h-72' : 'h-28 w-full';
  if (imageUrl && imageUrl.startsWith('/') && !imageUrl.startsWith('//')) {
    return (
      <Image
        src={imageUrl}
        alt={t('alt', { brand: brandName })}
        width={320}
        height={240}
        sizes={SIZES[size]}
        // The product page's picture is above the fold: loading it lazily would only delay it.
        loading={size === 'lg' ? 'eager' : 'lazy'}
        unoptimized={new URL(imageUrl, 'http://local').pathname.endsWith('.svg')}
        className={`${box} rounded-md bg-white object-contain`}
      />
    );
  }
  return (
    <div className={`${box} flex items-center justify-center rounded-md bg-brand-50 text-center text-brand-800`} aria-hidden="true">
      <span className={size === 'lg' ? 'text-2xl font-semibold' : 'text-sm font-semibold'}>{dosageFormLabel(dosageForm, locale)}</span>
    </div>
  );
}
