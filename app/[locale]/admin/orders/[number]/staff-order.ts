import 'server-only';
import { notFound } from 'next/navigation';
import { getOrderForStaff, type StaffOrderDetail } from '@/lib/admin/orders/detail';
import { orderNumberSchema } from '@/lib/orders/validation';

/** The order named in the URL, or a 404 for a malformed or unknown number. Check the permission first. */
export async function staffOrderFromParams(params: Promise<{ number: string }>): Promise<StaffOrderDetail> {
  const parsed = orderNumberSchema.safeParse((await params).number);
  const order = parsed.success ? await getOrderForStaff(parsed.data) : null;
  if (!order) notFound();
  return order;
}
