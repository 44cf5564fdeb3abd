import { hash, verify, type Algorithm, type Options } from '@node-rs/argon2';

// OWASP's argon2id baseline (19 MiB, 2 passes, 1 lane): ~30 ms per hash, costly to brute-force.
// `Algorithm` is an ambient const enum that isolatedModules cannot read, hence the literal 2.
const ARGON2ID_OPTIONS: Options = {
  algorithm: 2 as Algorithm,
  memoryCost: 19456,
  timeCost: 2,
  parallelism: 1,
  outputLen: 32,
};

/** Hashes a password with argon2id and a fresh random salt; the result is a PHC string. */
export function hashPassword(plain: string): Promise<string> {
  return hash(plain, ARGON2ID_OPTIONS);
}

/** True when `plain` matches; a malformed or foreign hash counts as a mismatch, never a throw. */
export async function verifyPassword(passwordHash: string, plain: string): Promise<boolean> {
  try {
    return await verify(passwordHash, plain);
  } catch {
    return false;
  }
}
