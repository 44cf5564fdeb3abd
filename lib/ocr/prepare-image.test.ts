import { describe, expect, it } from 'vitest';
import { MAX_OCR_ENLARGEMENT, MAX_OCR_PIXELS, ocrTargetWidth } from './prepare-image';

describe('ocrTargetWidth', () => {
  it('enlarges a small phone photo to a readable width and shrinks a huge scan', () => {
    expect(ocrTargetWidth(800, 1000)).toBe(1600);
    expect(ocrTargetWidth(4000, 3000)).toBe(2600);
    expect(ocrTargetWidth(2000, 2800)).toBeUndefined();
  });

  it('enlarges a narrow strip at most four times', () => {
    expect(ocrTargetWidth(40, 300)).toBe(40 * MAX_OCR_ENLARGEMENT);
  });

  it('never hands tesseract more than the pixel cap, however tall the image', () => {
    for (const [width, height] of [[1000, 60_000], [300, 100_000], [10, 1_000_000], [3000, 40_000]] as const) {
      const target = ocrTargetWidth(width, height) ?? width;
      const pixels = target * Math.round(height * (target / width));
      expect(pixels, `${width}×${height}`).toBeLessThanOrEqual(MAX_OCR_PIXELS * 1.001);
    }
  });
});
