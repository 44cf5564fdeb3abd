import { createNavigation } from 'next-intl/navigation';
import { routing } from './routing';

/**
 * Links and redirects that keep the reader's language: `<Link href="/cart">` is `/ne/cart` on a
 * Nepali page. Use these instead of next/link and next/navigation's redirect wherever a person
 * is sent to another page of the shop.
 */
export const { Link, redirect, usePathname, useRouter, getPathname } = createNavigation(routing);
