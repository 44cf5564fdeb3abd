import autocannon from 'autocannon';

export type LoadResult = {
  name: string;
  requestsPerSecond: number;
  p50: number;
  p95: number;
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

function run(baseUrl: string, paths: string[], connections: number, duration: number, latencies?: number[]) {
  let next = 0;
  return new Promise<autocannon.Result & { latencies?: number[] }>((resolve, reject) => {
    const instance = autocannon(
      {
        url: baseUrl,
        connections,
        duration,
        // Each request takes the next path, so caches see varied keys rather than one hot entry.
        requests: [{ method: 'GET', setupRequest: (request) => ({ ...request, path: paths[next++ % paths.length]! }) }],
      },
      (error, result) => (error ? reject(error) : resolve(result)),
    );
    // autocannon reports p97.5, not p95: record every response time ourselves.
    if (latencies) instance.on('response', (_client: unknown, _status: number, _bytes: number, responseTime: number) => latencies.push(responseTime));
  });
}

/** A warm-up, then the measured run; latencies in milliseconds. */
export async function measure(name: string, baseUrl: string, paths: string[], options: { connections: number; warmupSeconds: number; seconds: number }): Promise<LoadResult> {
  await run(baseUrl, paths, options.connections, options.warmupSeconds);
  const latencies: number[] = [];
  const result = await run(baseUrl, paths, options.connections, options.seconds, latencies);
  latencies.sort((a, b) => a - b);
  return {
    name,
    requestsPerSecond: result.requests.average,
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    p99: percentile(latencies, 99),
    requests: result.requests.total,
    errors: result.errors,
    non2xx: result.non2xx,
    timeouts: result.timeouts,
  };
}
