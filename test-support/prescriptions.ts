import { randomUUID } from 'node:crypto';
import { and, eq, sql } from 'drizzle-orm';
import sharp from 'sharp';
import { db } from '@/db/client';
import { addresses, orderPrescriptions, products, users, type UserRole } from '@/db/schema';
import { hashPassword } from '@/lib/auth/password';
import { placeOrder } from '@/lib/orders/place-order';

/** Shared set-up for the prescription tests: real rows in the test database, no mocks. */

let passwordHash: Promise<string> | undefined;

export async function createUser(role: UserRole = 'customer') {
  passwordHash ??= hashPassword('Rx-Test-Password-9931');
  const email = `${role}-${randomUUID().slice(0, 8)}@rx.test`;
  const [user] = await db
    .insert(users)
    .values({ email, name: `Test ${role}`, passwordHash: await passwordHash, role })
    .returning({ id: users.id, email: users.email, role: users.role });
  const [address] = await db
    .insert(addresses)
    .values({
      userId: user!.id,
      recipientName: 'Test Shopper',
      phone: '9841000000',
      province: 'Bagmati',
      district: 'Kathmandu',
      municipality: 'Kathmandu Metropolitan City',
      ward: 10,
      street: 'Baneshwor',
      isDefault: true,
    })
    .returning({ id: addresses.id });
  return { ...user!, addressId: address!.id };
}

/** A prescription-only product that has stock, by generic name (seeded catalog). */
export async function rxProduct(generic = 'Amoxicillin') {
  const rows = (await db.execute(sql`
    select p.id, p.brand_name from products p
    where p.generic_name = ${generic} and p.requires_prescription and p.active
      and (select coalesce(sum(b.quantity), 0) from inventory_batches b where b.product_id = p.id and b.expiry_date > current_date + 30) >= 20
    order by p.id limit 1`)) as unknown as { id: number; brand_name: string }[];
  if (!rows[0]) throw new Error(`No stocked prescription-only ${generic} in the seed`);
  return { id: rows[0].id, brandName: rows[0].brand_name };
}

export async function placeCodOrder(user: { id: string; addressId: string }, lines: { productId: number; quantity: number }[]) {
  return placeOrder({ userId: user.id, addressId: user.addressId, paymentMethod: 'cod', checkoutKey: randomUUID(), lines });
}

export async function linkOrder(orderId: string, prescriptionId: string) {
  await db.insert(orderPrescriptions).values({ orderId, prescriptionId });
}

export async function productName(id: number) {
  const [row] = await db.select({ brandName: products.brandName }).from(products).where(and(eq(products.id, id)));
  return row?.brandName;
}

/** A small, valid JPEG; `gps` adds an EXIF GPS position like a phone camera does. */
export async function photo(options: { gps?: boolean } = {}) {
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
