import type { Permission } from './matrix';

/** Back-office sections in navigation order; the layout shows only those the user may open. */
export const ADMIN_SECTIONS: readonly { href: string; label: string; permission: Permission }[] = [
  { href: '/admin/prescriptions', label: 'Prescriptions', permission: 'prescriptions.review' },
  { href: '/admin/orders', label: 'Orders', permission: 'orders.view' },
  { href: '/admin/refills', label: 'Refills due', permission: 'orders.view' },
  { href: '/admin/stock', label: 'Stock', permission: 'stock.view' },
  { href: '/admin/products', label: 'Products', permission: 'products.manage' },
  { href: '/admin/categories', label: 'Categories', permission: 'products.manage' },
  { href: '/admin/regulated-medicines', label: 'Not sold online', permission: 'products.manage' },
  { href: '/admin/controlled-register', label: 'Controlled register', permission: 'controlled-register.view' },
  { href: '/admin/users', label: 'Users', permission: 'users.manage' },
  { href: '/admin/audit', label: 'Audit log', permission: 'audit.view' },
  { href: '/admin/outbox', label: 'Outbox', permission: 'outbox.manage' },
  { href: '/admin/api-keys', label: 'API keys', permission: 'api-keys.manage' },
  { href: '/admin/webhooks', label: 'Webhooks', permission: 'webhooks.manage' },
  { href: '/admin/settings', label: 'Settings', permission: 'settings.manage' },
];

// Which permission opens each back-office area, by path prefix; everything else under /admin is the dashboard's.
const AREA_PERMISSIONS: readonly { prefix: string; permission: Permission }[] = [
  { prefix: '/admin/orders', permission: 'orders.view' },
  { prefix: '/admin/refills', permission: 'orders.view' },
  { prefix: '/admin/prescriptions', permission: 'prescriptions.review' },
  { prefix: '/admin/stock', permission: 'stock.view' },
  { prefix: '/admin/products', permission: 'products.manage' },
  { prefix: '/admin/categories', permission: 'products.manage' },
  { prefix: '/admin/regulated-medicines', permission: 'products.manage' },
  { prefix: '/admin/controlled-register', permission: 'controlled-register.view' },
  { prefix: '/admin/users', permission: 'users.manage' },
  { prefix: '/admin/audit', permission: 'audit.view' },
  { prefix: '/admin/outbox', permission: 'outbox.manage' },
  { prefix: '/admin/api-keys', permission: 'api-keys.manage' },
  { prefix: '/admin/webhooks', permission: 'webhooks.manage' },
  { prefix: '/admin/settings', permission: 'settings.manage' },
];

/** The permission a page under /admin needs, so proxy.ts answers from the same matrix as the pages. */
export function permissionForAdminPath(pathname: string): Permission {
  const area = AREA_PERMISSIONS.find(({ prefix }) => pathname === prefix || pathname.startsWith(`${prefix}/`));
  return area?.permission ?? 'dashboard.view';
}
