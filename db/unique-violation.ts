/**
 * True for PostgreSQL's unique_violation (23505), optionally on one named constraint. Drizzle wraps
 * the driver's error, so the cause chain is searched; postgres.js names the constraint
 * `constraint_name`, PGlite `constraint`.
 */
export function isUniqueViolation(error: unknown, constraint?: string): boolean {
  for (let current: unknown = error; current && typeof current === 'object'; current = (current as { cause?: unknown }).cause) {
    const pg = current as { code?: unknown; constraint_name?: unknown; constraint?: unknown };
    if (pg.code === '23505') return !constraint || pg.constraint_name === constraint || pg.constraint === constraint;
  }
  return false;
}
