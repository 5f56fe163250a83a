import { createHash } from 'node:crypto';

/** A salted SHA-256, so a stored value can be compared with a new one but not turned back. */
export function saltedHash(salt: string, value: string): string {
  return createHash('sha256').update(`${salt}\u0000${value}`).digest('base64url').slice(0, 32);
}
