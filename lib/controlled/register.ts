import 'server-only';
import { sql } from 'drizzle-orm';
import type { Transaction } from '@/db/client';
import { controlledRegister, type DispensedBatch } from '@/db/schema';
import { nepalTodayInDatabase } from '@/lib/nepal-time/sql';
import { ControlledPrescriberMissingError } from './errors';

type ControlledLine = {
  order_item_id: number;
  product_id: number;
  product_name: string;
  generic_name: string;
  quantity: number;
  patient_id: string | null;
  patient_name: string;
  prescription_id: string | null;
  prescriber_name: string | null;
  prescriber_nmc_number: string | null;
  pharmacist_id: string | null;
  pharmacist_name: string | null;
  batches: DispensedBatch[] | null;
};

/**
 * Writes the controlled-medicine register for an order leaving the pharmacy: one row for each
 * line whose product is controlled, naming the patient, the prescriber from the approved
 * prescription that covers it, the batches still allocated to it and who approved and dispatched.
 * Runs inside the dispatch transition (lib/orders/transitions.ts), which holds the order row lock;
 * the unique order line keeps it to one row per line even if it were called twice.
 * Throws ControlledPrescriberMissingError when no covering prescription records the prescriber.
 */
export async function recordControlledDispatch(tx: Transaction, input: { orderId: string; orderNumber: string; dispatchedById: string | null }): Promise<number> {
  const lines = (await tx.execute(sql`
    select oi.id as order_item_id, oi.product_id, trim(oi.product_name || ' ' || oi.strength) as product_name, oi.generic_name, oi.quantity,
      coalesce(oi.patient_id, rx.patient_id) as patient_id,
      coalesce(lp.name, rp.name, u.name) as patient_name,
      rx.id as prescription_id, rx.prescriber_name, rx.prescriber_nmc_number,
      rx.reviewer_id as pharmacist_id, reviewer.name as pharmacist_name,
      (select jsonb_agg(jsonb_build_object('batchNumber', b.batch_number, 'expiryDate', b.expiry_date::text, 'quantity', a.quantity) order by b.expiry_date, b.batch_number)
         from order_item_allocations a join inventory_batches b on b.id = a.batch_id
         where a.order_item_id = oi.id and a.released_at is null) as batches
    from order_items oi
    join products pr on pr.id = oi.product_id and pr.controlled
    join orders o on o.id = oi.order_id
    join users u on u.id = o.user_id
    left join patients lp on lp.id = oi.patient_id
    left join lateral (
      select p.id, p.patient_id, p.prescriber_name, p.prescriber_nmc_number, p.reviewer_id
      from order_prescriptions op
      join prescriptions p on p.id = op.prescription_id
      where op.order_id = oi.order_id and p.status = 'approved' and p.prescriber_nmc_number is not null and p.prescriber_name is not null
        and exists (select 1 from prescription_items pi where pi.prescription_id = p.id and pi.product_id = oi.product_id)
      order by p.reviewed_at desc, p.id
      limit 1
    ) rx on true
    left join patients rp on rp.id = rx.patient_id
    left join users reviewer on reviewer.id = rx.reviewer_id
    where oi.order_id = ${input.orderId}::uuid
    order by oi.id`)) as unknown as ControlledLine[];
  if (lines.length === 0) return 0;

  const missing = lines.find((l) => !l.prescription_id || !l.prescriber_nmc_number || !l.prescriber_name);
  if (missing) throw new ControlledPrescriberMissingError(missing.product_name);
  const dispatcher = input.dispatchedById
    ? ((await tx.execute(sql`select name from users where id = ${input.dispatchedById}::uuid`)) as unknown as { name: string }[])[0]?.name ?? null
    : null;
  const dispensedOn = await nepalTodayInDatabase(tx);

  const written = await tx
    .insert(controlledRegister)
    .values(
      lines.map((l) => ({
        orderItemId: l.order_item_id,
        orderId: input.orderId,
        orderNumber: input.orderNumber,
        dispensedOn,
        patientId: l.patient_id,
        patientName: l.patient_name,
        prescriptionId: l.prescription_id!,
        prescriberName: l.prescriber_name!,
        prescriberNmcNumber: l.prescriber_nmc_number!,
        productId: l.product_id,
        productName: l.product_name,
        genericName: l.generic_name,
        quantity: l.quantity,
        batches: l.batches ?? [],
        pharmacistId: l.pharmacist_id,
        pharmacistName: l.pharmacist_name ?? 'unknown',
        dispatchedById: input.dispatchedById,
        dispatchedByName: dispatcher,
      })),
    )
    .onConflictDoNothing({ target: controlledRegister.orderItemId })
    .returning({ id: controlledRegister.id });
  return written.length;
}
