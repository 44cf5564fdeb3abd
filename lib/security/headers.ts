/**
 * Security headers for every page, built as pure functions so tests can check them directly.
 * Scripts run only with the per-request nonce ('strict-dynamic' lets Next's loader add chunks).
 */
export function buildContentSecurityPolicy(options: {
  nonce: string;
  development: boolean;
  formActionOrigins: string[];
  /** Only our own review page may frame a prescription file (PDF preview); nothing frames anything else. */
  framableBySelf?: boolean;
}): string {
  const formActions = ["'self'", ...options.formActionOrigins].join(' ');
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${options.nonce}' 'strict-dynamic'${options.development ? " 'unsafe-eval'" : ''}`,
    // Radix and Next set style attributes at run time; styles cannot run code.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' blob: data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    `form-action ${formActions}`,
    `frame-ancestors ${options.framableBySelf ? "'self'" : "'none'"}`,
    ...(options.development ? [] : ['upgrade-insecure-requests']),
  ].join('; ');
}

export function staticSecurityHeaders(options: { production: boolean; framableBySelf?: boolean }): Record<string, string> {
  return {
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'strict-origin-when-cross-origin',
    'Permissions-Policy': 'camera=(self), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()',
    'X-Frame-Options': options.framableBySelf ? 'SAMEORIGIN' : 'DENY',
    'Cross-Origin-Opener-Policy': 'same-origin',
    ...(options.production ? { 'Strict-Transport-Security': 'max-age=63072000; includeSubDomains; preload' } : {}),
  };
}

/** A prescription file, which the pharmacist's review page shows in a same-origin frame. */
export function isFramableBySelf(pathname: string): boolean {
  return /^\/api\/prescriptions\/[^/]+\/file$/.test(pathname);
}

/** Private pages must never be stored by a browser or a shared cache. */
export function isPrivatePath(pathname: string): boolean {
  // Sign-in and reset pages too: their responses carry one-time state (challenge, reset cookie).
  return /^\/(account|admin|cart|checkout|orders|prescriptions|login|register|forgot-password|reset-password|api\/(auth|prescriptions|payments|cron))(\/|$)/.test(pathname);
}

export function originOf(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    return new URL(url).origin;
  } catch {
    return undefined;
  }
}
