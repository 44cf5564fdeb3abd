import { sql } from 'drizzle-orm';
import { packPicture } from '@/lib/catalog/pack-picture';
import type { SeedProduct } from './catalog-data';
import { inChunks, type SeedTransaction } from './write';

/**
 * Gives each seeded product a drawn pack picture (lib/catalog/pack-picture.ts), stored in
 * product_images under its hash and linked from the product's image_url. A product that already
 * has a picture keeps it: an uploaded photo always wins over a drawn pack.
 */
export async function insertPackPictures(tx: SeedTransaction, items: readonly SeedProduct[]): Promise<number> {
  let linked = 0;
  for (const chunk of inChunks(items, 500)) {
    const pictures = chunk.map((product) => ({ slug: product.slug, ...packPicture(product) }));
    const unique = [...new Map(pictures.map((p) => [p.key, { key: p.key, contentType: p.contentType, base64: p.bytes.toString('base64') }])).values()];
    await tx.execute(sql`insert into product_images (key, content_type, bytes)
      select r.key, r."contentType", decode(r.base64, 'base64') from json_to_recordset(${JSON.stringify(unique)}::json) as r(key text, "contentType" text, base64 text)
      on conflict (key) do nothing`);
    const links = pictures.map(({ slug, url }) => ({ slug, url }));
    const updated = (await tx.execute(sql`update products p set image_url = r.url
      from json_to_recordset(${JSON.stringify(links)}::json) as r(slug text, url text)
      where p.slug = r.slug and p.image_url is null
      returning p.id`)) as unknown as unknown[];
    linked += updated.length;
  }
  return linked;
}
