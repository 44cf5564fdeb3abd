import { formatDateTime } from '@/lib/nepal-time';

type Endpoint = { enabled: boolean; disabledReason: string | null; consecutiveFailures: number; failingSince: Date | null };

/** On, on but failing, or off with the reason. */
export function EndpointState({ endpoint }: { endpoint: Endpoint }) {
  if (!endpoint.enabled) {
    return (
      <span data-testid="webhook-state" data-state="off">
        <span className="rounded bg-slate-100 px-2 py-0.5 text-xs font-semibold text-slate-700">Off</span>
        {endpoint.disabledReason ? <span className="mt-1 block text-xs text-slate-600">{endpoint.disabledReason}</span> : null}
      </span>
    );
  }
  if (endpoint.consecutiveFailures > 0) {
    return (
      <span data-testid="webhook-state" data-state="failing">
        <span className="rounded bg-amber-50 px-2 py-0.5 text-xs font-semibold text-amber-900">Failing</span>
        <span className="mt-1 block text-xs text-slate-600">
          {endpoint.consecutiveFailures} failed in a row{endpoint.failingSince ? ` since ${formatDateTime(endpoint.failingSince)}` : ''}
        </span>
      </span>
    );
  }
  return (
    <span data-testid="webhook-state" data-state="on">
      <span className="rounded bg-brand-50 px-2 py-0.5 text-xs font-semibold text-brand-800">On</span>
    </span>
  );
}
