import { describe, expect, it } from 'vitest';
import { ADMIN_SECTIONS, permissionForAdminPath } from './admin-areas';
import { can, decideAccess, isStaff, PERMISSIONS, ROLES, rolesWith } from './matrix';

describe('the role table', () => {
  it('gives customers nothing in the back office, pharmacists the pharmacy, admins everything', () => {
    expect(ROLES.customer.permissions).toEqual([]);
    expect(PERMISSIONS.filter((p) => !can('pharmacist', p)).sort()).toEqual(['api-keys.manage', 'audit.view', 'outbox.manage', 'products.manage', 'settings.manage', 'users.manage', 'webhooks.manage']);
    expect(PERMISSIONS.every((p) => can('admin', p))).toBe(true);
    expect(can(null, 'dashboard.view')).toBe(false);
    expect(can(undefined, 'orders.view')).toBe(false);
  });

  it('lists the roles holding a permission, for queries', () => {
    expect(rolesWith('users.manage')).toEqual(['admin']);
    expect(rolesWith('prescriptions.review')).toEqual(['pharmacist', 'admin']);
    expect(rolesWith('prescription-files.read')).toEqual(['pharmacist', 'admin']);
    expect(rolesWith('controlled-register.view')).toEqual(['pharmacist', 'admin']);
  });

  it('marks exactly the back-office roles as staff (they must use two-factor)', () => {
    expect(isStaff('customer')).toBe(false);
    expect(isStaff('pharmacist')).toBe(true);
    expect(isStaff('admin')).toBe(true);
    for (const role of ['customer', 'pharmacist', 'admin'] as const) expect(isStaff(role)).toBe(can(role, 'dashboard.view'));
  });

  it('puts every area the nav links to under the permission its pages check', () => {
    for (const section of ADMIN_SECTIONS) expect(permissionForAdminPath(section.href), section.href).toBe(section.permission);
  });
});

describe('decideAccess', () => {
  const pharmacist = { role: 'pharmacist' as const, twoFactorEnabled: true };

  it('sends anonymous visitors to sign in and customers to 403', () => {
    expect(decideAccess(null, false, 'dashboard.view')).toBe('sign-in');
    expect(decideAccess({ role: 'customer', twoFactorEnabled: false }, false, 'dashboard.view')).toBe('forbidden');
    expect(decideAccess({ role: 'customer', twoFactorEnabled: true }, true, 'prescription-files.read')).toBe('forbidden');
  });

  it('holds staff at enrolment until two-factor is on and verified in this session', () => {
    expect(decideAccess({ ...pharmacist, twoFactorEnabled: false }, false, 'orders.view')).toBe('enrol-two-factor');
    expect(decideAccess({ ...pharmacist, twoFactorEnabled: false }, true, 'orders.view')).toBe('enrol-two-factor');
    expect(decideAccess(pharmacist, false, 'orders.view')).toBe('enrol-two-factor');
    expect(decideAccess(pharmacist, true, 'orders.view')).toBe('allow');
    expect(decideAccess({ role: 'admin', twoFactorEnabled: true }, false, 'users.manage')).toBe('enrol-two-factor');
  });

  it('refuses a verified pharmacist what only admins hold, before asking for two-factor', () => {
    expect(decideAccess(pharmacist, true, 'users.manage')).toBe('forbidden');
    expect(decideAccess({ ...pharmacist, twoFactorEnabled: false }, false, 'outbox.manage')).toBe('forbidden');
    expect(decideAccess({ role: 'admin', twoFactorEnabled: true }, true, 'users.manage')).toBe('allow');
  });
});
