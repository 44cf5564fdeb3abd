import { ImageResponse } from 'next/og';
import { findProductForPage } from '@/lib/catalog/product-page';

const OG_IMAGE_SIZE = { width: 1200, height: 630 };

/**
 * GET /og/products/<slug>: the 1200×630 PNG that link previews (WhatsApp, Facebook, X) show for a
 * product, drawn from its details with next/og's bundled font (no font is fetched from the network).
 */
export async function GET(_request: Request, { params }: { params: Promise<{ slug: string }> }): Promise<Response> {
  const product = await findProductForPage((await params).slug);
  if (!product) return new Response('Not found', { status: 404, headers: { 'Cache-Control': 'no-store' } });
  return new ImageResponse(
    (
      <div style={{ width: '100%', height: '100%', display: 'flex', flexDirection: 'column', justifyContent: 'space-between', background: '#f0fdf4', padding: 64, fontSize: 32, color: '#0f172a' }}>
        <div style={{ display: 'flex', justifyContent: 'space-between', alignItems: 'center' }}>
          <div style={{ display: 'flex', fontSize: 40, color: '#047857' }}>MediNest</div>
          {product.requiresPrescription ? (
            <div style={{ display: 'flex', background: '#be123c', color: '#fff', borderRadius: 12, padding: '8px 20px' }}>Prescription needed</div>
          ) : null}
        </div>
        <div style={{ display: 'flex', flexDirection: 'column' }}>
          <div style={{ display: 'flex', fontSize: 84, lineHeight: 1.1 }}>{`${product.brandName} ${product.strength}`.slice(0, 60)}</div>
          <div style={{ display: 'flex', marginTop: 16, fontSize: 40, color: '#334155' }}>{product.genericName.slice(0, 80)}</div>
          <div style={{ display: 'flex', marginTop: 12, color: '#475569' }}>{`${product.dosageForm} · ${product.packSize} · ${product.manufacturer}`.slice(0, 90)}</div>
        </div>
        <div style={{ display: 'flex', color: '#047857' }}>Genuine medicines delivered across Nepal</div>
      </div>
    ),
    { ...OG_IMAGE_SIZE, headers: { 'Cache-Control': 'public, max-age=86400' } },
  );
}
