import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

/**
 * Short-lived, HMAC-signed statements the server makes to itself ("this user passed the password
 * step", "this user may be signed in"). They bind next-auth's public Credentials endpoint to the
 * checks our own actions ran: nothing else can mint one.
 */
export type TicketPurpose = 'sign-in' | 'two-factor-challenge';

/** A sign-in ticket names the session record (lib/auth/sessions) the new cookie will carry. */
export type Ticket = { purpose: TicketPurpose; userId: string; twoFactorVerified: boolean; expiresAt: number; nonce: string; sessionToken?: string };

export function signTicket(secret: string, ticket: Omit<Ticket, 'nonce'>): string {
  const body = Buffer.from(JSON.stringify({ ...ticket, nonce: randomBytes(9).toString('base64url') })).toString('base64url');
  return `${body}.${mac(secret, body)}`;
}

export function verifyTicket(secret: string, token: unknown, purpose: TicketPurpose, now = Date.now()): Ticket | null {
  if (typeof token !== 'string' || token.length > 2000) return null;
  const [body, signature, extra] = token.split('.');
  if (!body || !signature || extra !== undefined) return null;
  const expected = Buffer.from(mac(secret, body));
  const given = Buffer.from(signature);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return null;
  try {
    const ticket = JSON.parse(Buffer.from(body, 'base64url').toString('utf8')) as Ticket;
    if (ticket.purpose !== purpose || typeof ticket.userId !== 'string' || !(ticket.expiresAt > now)) return null;
    return ticket;
  } catch {
    return null;
  }
}

function mac(secret: string, body: string): string {
  // A distinct key from the one that signs session JWTs.
  return createHmac('sha256', `medinest-ticket:${secret}`).update(body).digest('base64url');
}
