'use client';

import { useLocale, useTranslations } from 'next-intl';
import { useEffect, useRef, useState } from 'react';
import { formattersFor } from '@/lib/i18n/format';

/** The prescription beside the review form: zoom and rotate, and one image per page of an uploaded PDF. */
export function RxFileViewer({ fileUrl, pageCount }: { fileUrl: string; pageCount: number }) {
  const [page, setPage] = useState(1);
  const [zoom, setZoom] = useState(1);
  const [rotation, setRotation] = useState(0);
  const [size, setSize] = useState<{ width: number; height: number } | null>(null);
  const quarterTurn = rotation % 180 !== 0;
  const imageRef = useRef<HTMLImageElement>(null);
  const pageUrl = page > 1 ? `${fileUrl}?page=${page}` : fileUrl;
  // The image may finish loading before hydration, when onLoad has no listener yet.
  useEffect(() => {
    const image = imageRef.current;
    if (image?.complete && image.naturalWidth > 0) setSize({ width: image.naturalWidth, height: image.naturalHeight });
  }, []);
  const showPage = (next: number) => {
    setSize(null);
    setPage(next);
  };
  const t = useTranslations('orders.review.viewer');
  const f = formattersFor(useLocale());
  const button = 'rounded border border-slate-300 bg-white px-2 py-1 text-sm hover:bg-slate-50';
  return (
    <div className="space-y-2">
      <div className="flex flex-wrap items-center gap-2" role="toolbar" aria-label={t('toolbar')}>
        <button type="button" className={button} onClick={() => setZoom((z) => Math.max(0.5, z - 0.25))} aria-label={t('zoomOut')}>−</button>
        <span className="w-14 text-center text-sm" aria-live="polite">{Math.round(zoom * 100)}%</span>
        <button type="button" className={button} onClick={() => setZoom((z) => Math.min(4, z + 0.25))} aria-label={t('zoomIn')}>+</button>
        <button type="button" className={button} onClick={() => setRotation((r) => (r + 270) % 360)} aria-label={t('rotateLeft')}>⟲</button>
        <button type="button" className={button} onClick={() => setRotation((r) => (r + 90) % 360)} aria-label={t('rotateRight')}>⟳</button>
        <button type="button" className={button} onClick={() => { setZoom(1); setRotation(0); }}>{t('reset')}</button>
        <a href={pageUrl} target="_blank" rel="noopener" className="text-sm text-brand-700 underline">{t('openInTab')}</a>
      </div>
      {pageCount > 1 ? (
        <nav className="flex flex-wrap items-center gap-2" aria-label={t('pages')}>
          {Array.from({ length: pageCount }, (_, index) => index + 1).map((n) => (
            <button key={n} type="button" className={`${button} aria-[current=page]:border-slate-500 aria-[current=page]:bg-slate-200 aria-[current=page]:font-semibold`} aria-current={n === page ? 'page' : undefined} onClick={() => showPage(n)}>
              {t('page', { n: f.count(n) })}
            </button>
          ))}
          <span className="text-sm text-slate-600">
            {t('pageOf', { page: f.count(page), pageCount: f.count(pageCount) })}
          </span>
        </nav>
      ) : null}
      <div className="h-[70vh] overflow-auto rounded border bg-slate-100 p-2" data-testid="rx-image-frame">
        {/* Zoom sets the layout width, so the frame scrolls to every corner. A quarter turn swaps the
            box's sides (aspect-ratio) and turns the image about its centre inside it. */}
        <div
          style={{ width: `${zoom * 100}%`, aspectRatio: quarterTurn && size ? `${size.height} / ${size.width}` : undefined }}
          className="relative mx-auto"
        >
          {/* eslint-disable-next-line @next/next/no-img-element -- private file streamed by an authorised route */}
          <img
            key={pageUrl}
            ref={imageRef}
            src={pageUrl}
            alt={pageCount > 1 ? t('altPage', { page: f.count(page), pageCount: f.count(pageCount) }) : t('alt')}
            onLoad={(e) => setSize({ width: e.currentTarget.naturalWidth, height: e.currentTarget.naturalHeight })}
            style={
              quarterTurn && size
                ? { position: 'absolute', top: '50%', left: '50%', width: `${(size.width / size.height) * 100}%`, maxWidth: 'none', transform: `translate(-50%, -50%) rotate(${rotation}deg)` }
                : { width: '100%', transform: `rotate(${rotation}deg)` }
            }
          />
        </div>
      </div>
    </div>
  );
}
