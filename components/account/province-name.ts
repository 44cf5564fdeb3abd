import { PROVINCE_NAMES, type ProvinceName } from '@/lib/geo/nepal';

/**
 * A province's name in the page's language (`t` of `account.addressForm.provinces`); the stored
 * value stays the English name lib/geo/nepal.ts lists. A name it does not know is shown as stored.
 */
export function provinceName(t: (key: ProvinceName) => string, name: string): string {
  return PROVINCE_NAMES.includes(name) ? t(name as ProvinceName) : name;
}
