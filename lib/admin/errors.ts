import { DomainError } from '@/lib/errors';

/** Back-office errors whose messages are safe to show staff; actions turn them into `{ ok: false, message }`. */
export class ProductNotFoundError extends DomainError {
  constructor() {
    super('Product not found.');
  }
}

export class BatchNotFoundError extends DomainError {
  constructor() {
    super('Batch not found.');
  }
}

export class StockChangeRefusedError extends DomainError {}

export class UserChangeRefusedError extends DomainError {}

export class DuplicateSlugError extends DomainError {
  constructor() {
    super('Please correct the highlighted fields', { slug: ['Another product already uses this web address.'] });
  }
}

export class CategoryNotFoundError extends DomainError {
  constructor() {
    super('Category not found.');
  }
}

export class DuplicateCategorySlugError extends DomainError {
  constructor() {
    super('Please correct the highlighted fields', { slug: ['Another category already uses this web address.'] });
  }
}
