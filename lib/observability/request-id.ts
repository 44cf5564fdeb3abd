import 'server-only';
import { randomUUID } from 'node:crypto';
import { headers } from 'next/headers';

export const REQUEST_ID_HEADER = 'x-request-id';

/** The id proxy.ts stamped on this request, so log lines and error pages can be matched up. */
export async function currentRequestId(): Promise<string> {
  const value = (await headers()).get(REQUEST_ID_HEADER);
  return value && /^[A-Za-z0-9-]{8,64}$/.test(value) ? value : randomUUID();
}
