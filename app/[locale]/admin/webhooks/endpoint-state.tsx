import { getLocale, getTranslations } from 'next-intl/server';
import { translateErrorMessage } from '@/lib/i18n/error-messages';
import { formattersFor } from '@/lib/i18n/format';

type Endpoint = { enabled: boolean; disabledReason: string | null; consecutiveFailures: number; failingSince: Date | null };

/** On, on but failing, or off with the reason. */
export async function EndpointState({ endpoint }: { endpoint: Endpoint }) {
  const [t, locale] = await Promise.all([getTranslations('manage.webhooks.state'), getLocale()]);
  if (!endpoint.enabled) {
    return (
      <span data-testid="webhook-state" data-state="off">
        <span className="rounded bg-slate-100 px-2 py-0.5 text-xs font-semibold text-slate-700">{t('off')}</span>
        {/* The reason as recorded: an admin's switch is worded in the page's language; the dispatcher's own says when, in English. */}
        {endpoint.disabledReason ? <span className="mt-1 block text-xs text-slate-600">{translateErrorMessage(endpoint.disabledReason, locale)}</span> : null}
      </span>
    );
  }
  if (endpoint.consecutiveFailures > 0) {
    return (
      <span data-testid="webhook-state" data-state="failing">
        <span className="rounded bg-amber-50 px-2 py-0.5 text-xs font-semibold text-amber-900">{t('failing')}</span>
        <span className="mt-1 block text-xs text-slate-600">
          {t('failedInRow', { count: endpoint.consecutiveFailures })}
          {endpoint.failingSince ? t('since', { when: formattersFor(locale).dateTime(endpoint.failingSince) }) : ''}
        </span>
      </span>
    );
  }
  return (
    <span data-testid="webhook-state" data-state="on">
      <span className="rounded bg-brand-50 px-2 py-0.5 text-xs font-semibold text-brand-800">{t('on')}</span>
    </span>
  );
}
