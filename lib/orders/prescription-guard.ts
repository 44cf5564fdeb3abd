import 'server-only';
import type { Transaction } from '@/db/client';
import { coverageGaps } from '@/lib/prescriptions/coverage';

/**
 * The one seam for prescription enforcement: may this order be confirmed, packed or dispatched?
 * Yes when it has no prescription-only lines, or when approved, unexpired prescriptions linked to
 * it (order_prescriptions) cover every such line with quantity not already used by other
 * confirmed orders. Expired or rejected prescriptions cover nothing. See lib/prescriptions/coverage.
 */
export async function hasPrescriptionCoverage(tx: Transaction, orderId: string): Promise<boolean> {
  return (await coverageGaps(tx, orderId)).length === 0;
}
