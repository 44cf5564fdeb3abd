import { escapeHtml, sandboxPage } from '../sandbox-page';
import type { KhaltiSandboxSession } from './ledger';

const theme = { background: '#f4f1f8', text: '#23172f', accent: '#5c2d91', muted: '#665a70' };
const layout = (title: string, body: string) => sandboxPage(theme, title, body);

const rupees = (paisa: number) => `Rs. ${(paisa / 100).toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`;

export function khaltiPaymentPage(session: KhaltiSandboxSession): string {
  const pidx = escapeHtml(session.pidx);
  return layout(
    'Khalti sandbox — confirm payment',
    `<h1>Khalti (local sandbox)</h1>
<p class="note">A stand-in for Khalti's test payment page. No money moves.</p>
<dl><dt>For</dt><dd>${escapeHtml(session.purchaseOrderName)}</dd>
<dt>Amount</dt><dd data-testid="khalti-sandbox-amount">${rupees(session.amountPaisa)}</dd>
<dt>Order</dt><dd>${escapeHtml(session.purchaseOrderId)}</dd></dl>
<div class="buttons">
<form method="post" action="/pay/confirm"><input type="hidden" name="pidx" value="${pidx}"><button class="pay" type="submit">Pay with Khalti</button></form>
<form method="post" action="/pay/cancel"><input type="hidden" name="pidx" value="${pidx}"><button class="cancel" type="submit">Cancel</button></form>
</div>`,
  );
}

export function khaltiErrorPage(message: string): string {
  return layout('Khalti sandbox — error', `<h1>Khalti (local sandbox)</h1><p class="error">${escapeHtml(message)}</p>`);
}
