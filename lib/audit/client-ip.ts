/** The client's IP from proxy headers: the first hop of X-Forwarded-For, else X-Real-IP. */
export function clientIpFromHeaders(headers: { get(name: string): string | null }): string | null {
  const forwarded = headers.get('x-forwarded-for')?.split(',')[0]?.trim();
  const candidate = forwarded || headers.get('x-real-ip')?.trim() || '';
  // An IP is at most 45 characters (IPv6 with IPv4 tail); anything else is not worth storing.
  return candidate && candidate.length <= 45 && /^[0-9a-fA-F:.]+$/.test(candidate) ? candidate : null;
}
