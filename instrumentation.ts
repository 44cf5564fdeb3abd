import type { Instrumentation } from 'next';

// Runs once when a server starts: loading lib/env validates the configuration, so a bad or
// missing setting stops the start with a message naming it.
export async function register() {
  if (process.env.NEXT_RUNTIME === 'nodejs') {
    const { env } = await import('./lib/env');
    // Traces to an OTLP collector when one is configured; Next's own spans and db/traced-sql's join them.
    if (env.OTEL_EXPORTER_OTLP_ENDPOINT) {
      (await import('./lib/observability/tracing')).startTracing({ serviceName: env.OTEL_SERVICE_NAME, instanceId: `${process.pid}`, exportDelayMs: env.OTEL_BSP_SCHEDULE_DELAY });
    }
    // Gives lib/audit/request-ip the socket address, which Next does not pass on.
    (await import('./lib/audit/peer-address')).installPeerAddressHook();
    // Counts and times every request for /api/metrics.
    (await import('./lib/observability/http-metrics')).installHttpMetricsHook();
    if (env.DATABASE_REPLICA_URL) (await import('./lib/observability/replica-log')).logReplicaHealth();
    // `npm run dev` runs the scheduled jobs itself; production schedules them from outside.
    if (env.NODE_ENV === 'development' && env.IN_PROCESS_JOBS) (await import('./lib/cron/in-process-scheduler')).startInProcessScheduler();
  }
}

// Every unexpected server error becomes one structured log line carrying the request id that
// proxy.ts stamped, and the digest the error page shows the shopper, so the two can be matched.
export const onRequestError: Instrumentation.onRequestError = async (error, request, context) => {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  const { logUnexpectedError } = await import('./lib/observability/request-error');
  logUnexpectedError(error, request, context);
};
