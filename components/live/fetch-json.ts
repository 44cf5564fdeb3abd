/** A JSON route answered with a status that is not 2xx. */
export class HttpError extends Error {
  constructor(readonly status: number) {
    super(`HTTP ${status}`);
    this.name = 'HttpError';
  }
}

/** GET a same-origin JSON status route; never served from the browser cache. */
export async function fetchJson<T>(url: string, signal?: AbortSignal): Promise<T> {
  const response = await fetch(url, { cache: 'no-store', credentials: 'same-origin', headers: { accept: 'application/json' }, signal });
  if (!response.ok) throw new HttpError(response.status);
  return (await response.json()) as T;
}

/** 401/403/404 will not change by asking again; network errors and 5xx may. */
export function isRetryable(error: unknown): boolean {
  return !(error instanceof HttpError && error.status >= 400 && error.status < 500 && error.status !== 429);
}

/** How many times a query has answered, with data or an error: the count a poll is capped by. */
export function answersSoFar(state: { dataUpdateCount: number; errorUpdateCount: number }): number {
  return state.dataUpdateCount + state.errorUpdateCount;
}

/** A poll stops for good once the server refuses (signed out, not theirs): asking again cannot help. */
export function wasRefused(error: unknown): boolean {
  return error !== null && error !== undefined && !isRetryable(error);
}

/** 1 s, 2 s, 4 s … capped at 30 s. */
export function retryDelay(attempt: number): number {
  return Math.min(1000 * 2 ** attempt, 30_000);
}
