import { sql, type SQL } from 'drizzle-orm';
import { DomainError } from '@/lib/errors';

/**
 * Medicines that are never sold online (`regulated_medicines`, kept by admins in lib/catalog/regulated.ts).
 * One SQL expression decides, used by the catalog's cards (the product page says why instead of
 * offering the cart), by add-to-cart and by placeOrder itself, so no path can sell one.
 * Whole words, case-insensitive: "vancomycin" matches "Vancomycin Hydrochloride", not "Vancomycinx".
 */
export function notSoldOnlineSql(genericName: SQL): SQL<string | null> {
  return sql<string | null>`(select r.reason from regulated_medicines r where ${genericName} ~* ('\\m' || r.generic_name || '\\M') order by r.id limit 1)`;
}

export class NotSoldOnlineError extends DomainError {
  constructor(readonly productName: string, reason: string) {
    super(`${productName} cannot be ordered online. ${reason}`);
  }
}
