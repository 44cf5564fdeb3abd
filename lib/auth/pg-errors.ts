/** True for PostgreSQL's unique_violation (23505), optionally on one named constraint. */
export function isUniqueViolation(error: unknown, constraint?: string): boolean {
  for (let current: unknown = error; current; current = (current as { cause?: unknown }).cause) {
    const pg = current as { code?: unknown; constraint_name?: unknown; constraint?: unknown };
    if (pg.code === '23505') return !constraint || pg.constraint_name === constraint || pg.constraint === constraint;
  }
  return false;
}
