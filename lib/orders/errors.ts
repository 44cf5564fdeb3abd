import type { OrderStatus, PaymentStatus } from '@/db/schema';
import { DomainError } from '@/lib/errors';

/*
 * Cart and order errors. They extend the shared DomainError (lib/errors.ts), so server actions
 * turn them into `{ ok: false, message }` with no stack trace or SQL.
 */

export type StockShortage = { productId: number; productName: string; requested: number; available: number };

export class OutOfStockError extends DomainError {
  constructor(readonly shortages: StockShortage[]) {
    super(
      shortages
        .map((s) =>
          s.available === 0
            ? `${s.productName} is out of stock.`
            : `Only ${s.available} of ${s.productName} ${s.available === 1 ? 'is' : 'are'} left; you asked for ${s.requested}.`,
        )
        .join(' '),
    );
  }
}

export class ProductUnavailableError extends DomainError {
  constructor(readonly productIds: number[], names: string[] = []) {
    super(names.length > 0 ? `${names.join(', ')} ${names.length === 1 ? 'is' : 'are'} no longer available.` : 'A product in your cart is no longer available.');
  }
}

export class QuantityLimitError extends DomainError {
  constructor(readonly productName: string, readonly limit: number) {
    super(`You can order at most ${limit} of ${productName}.`);
  }
}

export class EmailNotVerifiedError extends DomainError {
  constructor() {
    super('Confirm your email address before placing an order: open the link we emailed you, or send a new one from the checkout page.');
  }
}

export class PhoneNotVerifiedError extends DomainError {
  constructor() {
    super('Cash on delivery needs a verified mobile number: verify it with the code we send by SMS (Your account → Mobile number), or pay online.', { paymentMethod: ['Verify your mobile number first'] });
  }
}

export class EmptyCartError extends DomainError {
  constructor() {
    super('Your cart is empty.');
  }
}

export class PaymentMethodUnavailableError extends DomainError {
  constructor() {
    super('That way to pay is not available right now. Choose another.');
  }
}

export class AddressNotFoundError extends DomainError {
  constructor() {
    super('Choose one of your delivery addresses.');
  }
}

export class OrderNotFoundError extends DomainError {
  constructor() {
    super('Order not found.');
  }
}

export class IllegalTransitionError extends DomainError {
  constructor(
    readonly from: { status: OrderStatus; paymentStatus: PaymentStatus },
    readonly to: { status: OrderStatus; paymentStatus?: PaymentStatus },
    message?: string,
  ) {
    super(message ?? `This order can no longer be moved from ${label(from.status)} to ${label(to.status)}.`);
  }
}

/** An order with prescription-only lines may not move on until an approved prescription covers them. */
export class PrescriptionRequiredError extends IllegalTransitionError {}

function label(status: string): string {
  return status.replaceAll('_', ' ');
}

/** The account already holds as many open (unpaid or unconfirmed) orders as a shopper may. */
export class OpenOrdersLimitError extends DomainError {
  constructor(readonly limit: number) {
    super(
      `You already have ${limit} order${limit === 1 ? '' : 's'} waiting for payment, a prescription or packing. ` +
        'Pay for one, or cancel one you no longer need, before placing another.',
    );
  }
}

/** Across the account's open orders, this product would be held beyond the per-account limit. */
export class HeldUnitsLimitError extends DomainError {
  constructor(readonly productName: string, readonly limit: number, readonly alreadyHeld: number) {
    super(
      alreadyHeld > 0
        ? `Your open orders already hold ${alreadyHeld} of ${productName}; at most ${limit} can wait at a time. Pay for or cancel an earlier order, or order fewer.`
        : `At most ${limit} of ${productName} can wait for payment or packing at a time; order fewer.`,
    );
  }
}
