import 'server-only';
import { headers } from 'next/headers';
import { clientIpFromHeaders } from './client-ip';

/** The current request's client IP, or null when no proxy header names one. */
export async function requestIp(): Promise<string | null> {
  return clientIpFromHeaders(await headers());
}
