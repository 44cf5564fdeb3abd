import autocannon from 'autocannon';

export type LoadOptions = { connections: number; warmupSeconds: number; seconds: number; headers?: Record<string, string> };

export type LoadResult = {
  name: string;
  connections: number;
  requestsPerSecond: number;
  p50: number;
  p95: number;
  p975: number;
  p99: number;
  requests: number;
  errors: number;
  non2xx: number;
  timeouts: number;
};

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  const index = Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1);
  return sorted[Math.max(0, index)]!;
}

function run(baseUrl: string, paths: string[], options: LoadOptions, duration: number, latencies?: number[]) {
  let next = 0;
  return new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(
      {
        url: baseUrl,
        connections: options.connections,
        duration,
        headers: options.headers,
        // Each request takes the next path, so caches see varied keys rather than one hot entry.
        requests: [{ method: 'GET', setupRequest: (request) => ({ ...request, path: paths[next++ % paths.length]! }) }],
      },
      (error, result) => (error ? reject(error) : resolve(result)),
    );
    // autocannon's own percentiles are coarse and lack p95: record every response time ourselves.
    if (latencies) instance.on('response', (_client: unknown, _status: number, _bytes: number, responseTime: number) => latencies.push(responseTime));
  });
}

/**
 * Every distinct path fetched once first (10 at a time), so a cached route is measured warm, as
 * a shopper meets it once anyone has opened that page; then a warm-up and the measured run.
 * Latencies in milliseconds.
 */
export async function measure(name: string, baseUrl: string, paths: string[], options: LoadOptions): Promise<LoadResult> {
  const distinct = [...new Set(paths)];
  for (let i = 0; i < distinct.length; i += 10) {
    await Promise.all(distinct.slice(i, i + 10).map((path) => fetch(baseUrl + path, { headers: options.headers }).then((r) => r.arrayBuffer())));
  }
  if (options.warmupSeconds > 0) await run(baseUrl, paths, options, options.warmupSeconds);
  const latencies: number[] = [];
  const result = await run(baseUrl, paths, options, options.seconds, latencies);
  latencies.sort((a, b) => a - b);
  return {
    name,
    connections: options.connections,
    requestsPerSecond: result.requests.average,
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    p975: percentile(latencies, 97.5),
    p99: percentile(latencies, 99),
    requests: result.requests.total,
    errors: result.errors,
    non2xx: result.non2xx,
    timeouts: result.timeouts,
  };
}
