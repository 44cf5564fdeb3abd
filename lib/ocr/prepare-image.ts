/** How an image is resized before tesseract reads it. */

const READABLE_WIDTH = 1600;
const ENLARGE_BELOW_WIDTH = 1200;
const MAX_WIDTH = 2600;
/** Enlarging past this adds no detail, only work: a 40-pixel strip must not become 1600 wide. */
export const MAX_OCR_ENLARGEMENT = 4;
/** Whatever the shape, tesseract is never handed more than this (a tall strip stays bounded). */
export const MAX_OCR_PIXELS = 12_000_000;

/** The width to resize to, or undefined to keep the image as it is. */
export function ocrTargetWidth(width: number, height: number): number | undefined {
  if (!(width > 0) || !(height > 0)) return undefined;
  let target = width;
  if (width < ENLARGE_BELOW_WIDTH) target = Math.min(READABLE_WIDTH, width * MAX_OCR_ENLARGEMENT);
  else if (width > MAX_WIDTH) target = MAX_WIDTH;
  // Shrink further when the resized image would pass the pixel cap (height scales with width).
  const pixelsAtTarget = target * height * (target / width);
  if (pixelsAtTarget > MAX_OCR_PIXELS) target = Math.floor(width * Math.sqrt(MAX_OCR_PIXELS / (width * height)));
  target = Math.max(1, Math.round(target));
  return target === width ? undefined : target;
}
