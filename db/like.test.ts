import { randomBytes } from 'node:crypto';
import { and, eq, ilike, like } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/db/client';
import { users } from '@/db/schema';
import { createUser } from '@/test-support/factories/users';
import { containsPattern, escapeLike, prefixPattern } from './like';

// Real rows on the real database: the escaping must match what PostgreSQL's LIKE understands.
const tag = randomBytes(4).toString('hex');
const NAMES = ['Rate 100% Ram', 'Rate 1000 Ram', 'snake_case Sita', 'snakeXcase Sita', 'back\\slash Hari', 'backslash Hari', 'back\\\\double Gita'];

beforeAll(async () => {
  for (const [i, name] of NAMES.entries()) await createUser({ name, email: `like-${tag}-${i}@example.test` });
});

async function namesMatching(pattern: string, caseInsensitive = true): Promise<string[]> {
  const rows = await db
    .select({ name: users.name })
    .from(users)
    .where(and(ilike(users.email, `like-${tag}-%`), caseInsensitive ? ilike(users.name, pattern) : like(users.name, pattern)));
  return rows.map((r) => r.name).sort();
}

describe('LIKE patterns from user text', () => {
  it('matches % literally', async () => {
    expect(await namesMatching(containsPattern('100%'))).toEqual(['Rate 100% Ram']);
    expect(await namesMatching(containsPattern('%'))).toEqual(['Rate 100% Ram']);
  });

  it('matches _ literally', async () => {
    expect(await namesMatching(containsPattern('e_c'))).toEqual(['snake_case Sita']);
    expect(await namesMatching(containsPattern('_'))).toEqual(['snake_case Sita']);
  });

  it('matches \\ literally, one or two of them', async () => {
    expect(await namesMatching(containsPattern('k\\s'))).toEqual(['back\\slash Hari']);
    expect(await namesMatching(containsPattern('\\\\'))).toEqual(['back\\\\double Gita']);
    expect(await namesMatching(containsPattern('\\'))).toEqual(['back\\\\double Gita', 'back\\slash Hari']);
  });

  it('anchors prefixes and keeps plain text working', async () => {
    expect(await namesMatching(prefixPattern('Rate 100%'))).toEqual(['Rate 100% Ram']);
    expect(await namesMatching(prefixPattern('rate'), true)).toEqual(['Rate 100% Ram', 'Rate 1000 Ram']);
    expect(await namesMatching(prefixPattern('rate'), false)).toEqual([]);
    expect(await namesMatching(containsPattern('Sita'))).toEqual(['snakeXcase Sita', 'snake_case Sita']);
  });

  it('escapes nothing else', () => {
    expect(escapeLike("O'Brien [a-z]* ^$")).toBe("O'Brien [a-z]* ^$");
    expect(escapeLike('50%_\\')).toBe('50\\%\\_\\\\');
  });
});

describe('the back-office searches use it', () => {
  it('finds a user named with % and _ by those characters only', async () => {
    const { searchUsers } = await import('@/lib/admin/users');
    const result = await searchUsers({ q: '100%', role: 'all', page: 1 });
    expect(result.rows.map((r) => r.name)).toContain('Rate 100% Ram');
    expect(result.rows.map((r) => r.name)).not.toContain('Rate 1000 Ram');
    const underscore = await searchUsers({ q: 'snake_', role: 'all', page: 1 });
    expect(underscore.rows.map((r) => r.name)).toEqual(['snake_case Sita']);
    const [row] = await db.select({ id: users.id }).from(users).where(eq(users.name, 'back\\slash Hari'));
    expect((await searchUsers({ q: 'k\\s', role: 'all', page: 1 })).rows.map((r) => r.id)).toEqual([row!.id]);
  });
});
