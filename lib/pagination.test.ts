import { describe, expect, it } from 'vitest';
import { pageWindow } from './pagination';

describe('pageWindow', () => {
  it('gives the offset of the requested page', () => {
    expect(pageWindow(50, 2, 24)).toEqual({ total: 50, page: 2, pageCount: 3, limit: 24, offset: 24 });
  });

  it('clamps a page past the end to the last page, and below 1 to the first', () => {
    expect(pageWindow(50, 9, 24)).toMatchObject({ page: 3, offset: 48 });
    expect(pageWindow(50, 0, 24)).toMatchObject({ page: 1, offset: 0 });
    expect(pageWindow(50, -4, 24)).toMatchObject({ page: 1, offset: 0 });
  });

  it('has one empty page when nothing matches, and accepts a count that arrives as text', () => {
    expect(pageWindow(0, 3, 24)).toEqual({ total: 0, page: 1, pageCount: 1, limit: 24, offset: 0 });
    expect(pageWindow('25', 2, 24)).toMatchObject({ total: 25, page: 2, pageCount: 2 });
  });
});
