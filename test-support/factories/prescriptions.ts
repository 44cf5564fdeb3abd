import { sql } from 'drizzle-orm';
import sharp from 'sharp';
import { orderPrescriptions } from '@/db/schema';
import { approvePrescription, rejectPrescription } from '@/lib/prescriptions/review';
import { uploadPrescription } from '@/lib/prescriptions/upload';
import { factoryDatabase } from './database';
import { createStaff, createCustomer, type TestUser } from './users';

/** A small, valid JPEG; `gps` adds an EXIF GPS position like a phone camera does. */
export async function photo(options: { gps?: boolean } = {}): Promise<Buffer> {
  const image = sharp({ create: { width: 120, height: 90, channels: 3, background: '#f4f1ea' } }).jpeg();
  return options.gps
    ? image.withExif({ IFD0: { Make: 'PhoneCam' }, IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '27/1 42/1 30/1', GPSLongitudeRef: 'E', GPSLongitude: '85/1 19/1 12/1' } }).toBuffer()
    : image.toBuffer();
}

/** Draws lines of text onto a white page (SVG rendered by sharp), like a typed prescription. */
export async function renderPrescription(lines: string[]): Promise<Buffer> {
  const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  const lineHeight = 56;
  const height = 80 + lines.length * lineHeight;
  const text = lines.map((line, i) => `<text x="50" y="${90 + i * lineHeight}">${escape(line)}</text>`).join('');
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="1400" height="${height}"><rect width="100%" height="100%" fill="#ffffff"/><g font-family="DejaVu Sans, Arial, sans-serif" font-size="38" fill="#111111">${text}</g></svg>`;
  return sharp(Buffer.from(svg)).png().toBuffer();
}

/** A prescription-only product of the seeded catalog that has stock, by generic name. */
export async function seededRxProduct(generic = 'Amoxicillin'): Promise<{ id: number; brandName: string }> {
  const db = await factoryDatabase();
  const rows = (await db.execute(sql`
    select p.id, p.brand_name from products p
    where p.generic_name = ${generic} and p.requires_prescription and p.active
      and (select coalesce(sum(b.quantity), 0) from inventory_batches b where b.product_id = p.id and b.expiry_date > current_date + 30) >= 20
    order by p.id limit 1`)) as unknown as { id: number; brand_name: string }[];
  if (!rows[0]) throw new Error(`No stocked prescription-only ${generic} in the seed`);
  return { id: rows[0].id, brandName: rows[0].brand_name };
}

export async function linkOrder(orderId: string, prescriptionId: string): Promise<void> {
  const db = await factoryDatabase();
  await db.insert(orderPrescriptions).values({ orderId, prescriptionId });
}

export type PrescriptionOverrides = {
  customer?: TestUser;
  bytes?: Buffer;
  /** `pending` is as uploaded; approved/rejected go through the real review by a new pharmacist. */
  status?: 'pending' | 'approved' | 'rejected';
  /** What an approval covers: the product and quantity (a seeded prescription-only product, 10). */
  approve?: { productId?: number; quantity?: number; validUntil?: string };
  reviewer?: TestUser;
};

/** A prescription uploaded through the real upload (file stored, OCR queued), reviewed if asked. */
export async function createPrescription(overrides: PrescriptionOverrides = {}): Promise<{ id: string; flags: string[]; customer: TestUser }> {
  const database = await factoryDatabase();
  const customer = overrides.customer ?? (await createCustomer());
  const uploaded = await uploadPrescription({ userId: customer.id, bytes: overrides.bytes ?? (await photo()) }, { database });
  const status = overrides.status ?? 'pending';
  if (status !== 'pending') {
    const reviewer = overrides.reviewer ?? (await createStaff('pharmacist'));
    const actor = { id: reviewer.id, role: reviewer.role };
    if (status === 'approved') {
      const productId = overrides.approve?.productId ?? (await seededRxProduct()).id;
      const input = { prescriptionId: uploaded.id, productId: String(productId), quantity: String(overrides.approve?.quantity ?? 10), validUntil: overrides.approve?.validUntil ?? '2099-12-31' };
      await approvePrescription(input, actor, database);
    } else {
      await rejectPrescription({ prescriptionId: uploaded.id, reason: 'unreadable', detail: 'The photo is blurred.' }, actor, database);
    }
  }
  return { ...uploaded, customer };
}
