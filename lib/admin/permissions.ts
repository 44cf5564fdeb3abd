import type { Role, StaffRole } from '@/lib/auth/roles';

/**
 * The back office permission matrix (issue #8): pharmacists run orders, prescriptions and stock;
 * admins do everything. Every admin page, server action and route handler names one of these,
 * and lib/admin/guard.ts enforces it, so a new screen cannot forget to ask.
 */
export const PERMISSIONS = {
  'dashboard.view': ['pharmacist', 'admin'],
  'orders.view': ['pharmacist', 'admin'],
  'orders.manage': ['pharmacist', 'admin'],
  'orders.export': ['pharmacist', 'admin'],
  'prescriptions.review': ['pharmacist', 'admin'],
  'stock.view': ['pharmacist', 'admin'],
  'stock.manage': ['pharmacist', 'admin'],
  'stock.export': ['pharmacist', 'admin'],
  'products.manage': ['admin'],
  'users.manage': ['admin'],
  'audit.view': ['admin'],
  'outbox.manage': ['admin'],
} as const satisfies Record<string, readonly Role[]>;

export type Permission = keyof typeof PERMISSIONS;

export function can(role: Role | null | undefined, permission: Permission): boolean {
  return role !== null && role !== undefined && (PERMISSIONS[permission] as readonly Role[]).includes(role);
}

/** The least staff role that holds the permission: the session gate the wrappers apply first. */
export function gateFor(permission: Permission): StaffRole {
  return can('pharmacist', permission) ? 'pharmacist' : 'admin';
}

/** Back-office sections in navigation order; the layout shows only those the user may open. */
export const ADMIN_SECTIONS: readonly { href: string; label: string; permission: Permission }[] = [
  { href: '/admin/orders', label: 'Orders', permission: 'orders.view' },
  { href: '/admin/stock', label: 'Stock', permission: 'stock.view' },
  { href: '/admin/products', label: 'Products', permission: 'products.manage' },
  { href: '/admin/users', label: 'Users', permission: 'users.manage' },
  { href: '/admin/audit', label: 'Audit log', permission: 'audit.view' },
];

// Which permission opens each back-office area, by path prefix; everything else under /admin is the dashboard's.
const AREA_PERMISSIONS: readonly { prefix: string; permission: Permission }[] = [
  { prefix: '/admin/orders', permission: 'orders.view' },
  { prefix: '/admin/prescriptions', permission: 'prescriptions.review' },
  { prefix: '/admin/stock', permission: 'stock.view' },
  { prefix: '/admin/products', permission: 'products.manage' },
  { prefix: '/admin/users', permission: 'users.manage' },
  { prefix: '/admin/audit', permission: 'audit.view' },
  { prefix: '/admin/outbox', permission: 'outbox.manage' },
];

/** The permission a page under /admin needs, so proxy.ts answers from the same matrix as the pages. */
export function permissionForAdminPath(pathname: string): Permission {
  const area = AREA_PERMISSIONS.find(({ prefix }) => pathname === prefix || pathname.startsWith(`${prefix}/`));
  return area?.permission ?? 'dashboard.view';
}
