'use client';

import { useEffect, useRef, useState } from 'react';

/** The prescription beside the review form: zoom and rotate for photos, the browser's viewer for PDFs. */
export function RxFileViewer({ fileUrl, mime }: { fileUrl: string; mime: string }) {
  const [zoom, setZoom] = useState(1);
  const [rotation, setRotation] = useState(0);
  const [size, setSize] = useState<{ width: number; height: number } | null>(null);
  const quarterTurn = rotation % 180 !== 0;
  const imageRef = useRef<HTMLImageElement>(null);
  // The image may finish loading before hydration, when onLoad has no listener yet.
  useEffect(() => {
    const image = imageRef.current;
    if (image?.complete && image.naturalWidth > 0) setSize({ width: image.naturalWidth, height: image.naturalHeight });
  }, []);
  if (mime === 'application/pdf') {
    return (
      <div className="space-y-2">
        <iframe src={fileUrl} title="Prescription PDF" className="h-[70vh] w-full rounded border bg-white" />
        <p className="flex gap-4 text-sm">
          <a href={fileUrl} target="_blank" rel="noopener" className="text-brand-700 underline">Open the PDF in a new tab</a>
          <a href={`${fileUrl}?download=1`} className="text-brand-700 underline">Download</a>
        </p>
      </div>
    );
  }
  const button = 'rounded border border-slate-300 bg-white px-2 py-1 text-sm hover:bg-slate-50';
  return (
    <div className="space-y-2">
      <div className="flex flex-wrap items-center gap-2" role="toolbar" aria-label="Image controls">
        <button type="button" className={button} onClick={() => setZoom((z) => Math.max(0.5, z - 0.25))} aria-label="Zoom out">−</button>
        <span className="w-14 text-center text-sm" aria-live="polite">{Math.round(zoom * 100)}%</span>
        <button type="button" className={button} onClick={() => setZoom((z) => Math.min(4, z + 0.25))} aria-label="Zoom in">+</button>
        <button type="button" className={button} onClick={() => setRotation((r) => (r + 270) % 360)} aria-label="Rotate left">⟲</button>
        <button type="button" className={button} onClick={() => setRotation((r) => (r + 90) % 360)} aria-label="Rotate right">⟳</button>
        <button type="button" className={button} onClick={() => { setZoom(1); setRotation(0); }}>Reset</button>
        <a href={fileUrl} target="_blank" rel="noopener" className="text-sm text-brand-700 underline">Open original</a>
      </div>
      <div className="h-[70vh] overflow-auto rounded border bg-slate-100 p-2" data-testid="rx-image-frame">
        {/* Zoom sets the layout width, so the frame scrolls to every corner. A quarter turn swaps the
            box's sides (aspect-ratio) and turns the image about its centre inside it. */}
        <div
          style={{ width: `${zoom * 100}%`, aspectRatio: quarterTurn && size ? `${size.height} / ${size.width}` : undefined }}
          className="relative mx-auto"
        >
          {/* eslint-disable-next-line @next/next/no-img-element -- private file streamed by an authorised route */}
          <img
            ref={imageRef}
            src={fileUrl}
            alt="Uploaded prescription"
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
