/** The roles a user can hold. What each may do is in one table: lib/permissions/matrix.ts. */
export type Role = 'customer' | 'pharmacist' | 'admin';
