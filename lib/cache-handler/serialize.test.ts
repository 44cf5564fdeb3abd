import { describe, expect, it } from 'vitest';
import { deserialize, serialize } from './serialize.mjs';

describe('cache value serialization', () => {
  it('brings back Buffers and Maps (a page’s RSC payload and segment data) byte for byte', () => {
    const page = {
      kind: 'APP_PAGE',
      html: '<p>सिटामोल</p>',
      rscData: Buffer.from([0, 1, 2, 255, 10]),
      segmentData: new Map([['/_tree', Buffer.from('tree')], ['/products', Buffer.from([9, 8, 7])]]),
      headers: { 'x-next-cache-tags': 'a,b' },
      status: 200,
    };
    const back = deserialize(serialize(page)) as typeof page;
    expect(Buffer.isBuffer(back.rscData)).toBe(true);
    expect([...back.rscData]).toEqual([0, 1, 2, 255, 10]);
    expect(back.segmentData).toBeInstanceOf(Map);
    expect([...back.segmentData.keys()]).toEqual(['/_tree', '/products']);
    expect(back.segmentData.get('/products')?.equals(Buffer.from([9, 8, 7]))).toBe(true);
    expect(back.html).toBe(page.html);
    expect(back.headers).toEqual(page.headers);
  });

  it('keeps a slice of a larger buffer as just that slice', () => {
    const whole = Buffer.from('0123456789');
    const back = deserialize(serialize({ body: whole.subarray(3, 6) })) as { body: Buffer };
    expect(back.body.toString()).toBe('345');
  });

  it('leaves plain JSON data as it was', () => {
    const data = { kind: 'FETCH', data: { body: '{"price":12000}', headers: {}, status: 200, url: '' }, tags: ['product:1'], revalidate: 3600 };
    expect(deserialize(serialize(data))).toEqual(data);
  });
});
