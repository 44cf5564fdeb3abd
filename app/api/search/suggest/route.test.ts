import { NextRequest } from 'next/server';
import { describe, expect, it, vi } from 'vitest';

// Run the cached read uncached: the cache itself belongs to the Next server.
vi.mock('next/cache', () => ({ unstable_cache: (fn: () => Promise<unknown>) => fn, revalidateTag: () => {} }));

const { GET } = await import('./route');

const get = (q: string | null) => GET(new NextRequest(`http://localhost/api/search/suggest${q === null ? '' : `?q=${encodeURIComponent(q)}`}`));

describe('GET /api/search/suggest', () => {
  it('answers up to eight {name, slug, generic, strength} for a misspelt generic', async () => {
    const response = await get('amoxicilin');
    expect(response.status).toBe(200);
    const suggestions = (await response.json()) as Record<string, string>[];
    expect(Array.isArray(suggestions)).toBe(true);
    expect(suggestions.length).toBeGreaterThan(0);
    expect(suggestions.length).toBeLessThanOrEqual(8);
    expect(Object.keys(suggestions[0]!).sort()).toEqual(['generic', 'name', 'slug', 'strength']);
    expect(suggestions[0]!.generic).toMatch(/amoxicillin/i);
  });

  it('answers an empty list for a missing or one-letter query', async () => {
    expect(await (await get(null)).json()).toEqual([]);
    expect(await (await get('a')).json()).toEqual([]);
  });

  it('refuses an absurdly long query with a 400 and a message, never a 500', async () => {
    const response = await get('x'.repeat(6000));
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({ error: 'Search text is too long.', code: 'too_long' });
  });

  it('treats SQL and markup as plain text', async () => {
    for (const q of ["'; drop table products; --", '<script>alert(1)</script>']) {
      const response = await get(q);
      expect(response.status).toBe(200);
    }
  });
});
