import { escapeHtml, sandboxPage } from '../sandbox-page';
import type { SandboxTransaction } from './ledger';

const theme = { background: '#f3f6f4', text: '#1b2b22', accent: '#41a124', muted: '#5b6b62' };
const layout = (title: string, body: string) => sandboxPage(theme, title, body);

function rupees(paisa: number): string {
  return `Rs. ${(paisa / 100).toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`;
}

export function paymentPage(transaction: SandboxTransaction, merchantName: string): string {
  const uuid = escapeHtml(transaction.transactionUuid);
  return layout(
    'eSewa sandbox — confirm payment',
    `<h1>eSewa (local sandbox)</h1>
<p class="note">A stand-in for eSewa's test site. No money moves.</p>
<dl><dt>Merchant</dt><dd>${escapeHtml(merchantName)} (${escapeHtml(transaction.productCode)})</dd>
<dt>Amount</dt><dd data-testid="sandbox-amount">${rupees(transaction.amountPaisa)}</dd>
<dt>Reference</dt><dd>${uuid}</dd></dl>
<div class="buttons">
<form method="post" action="/api/epay/main/v2/pay"><input type="hidden" name="transaction_uuid" value="${uuid}"><button class="pay" type="submit">Pay</button></form>
<form method="post" action="/api/epay/main/v2/cancel"><input type="hidden" name="transaction_uuid" value="${uuid}"><button class="cancel" type="submit">Cancel</button></form>
</div>`,
  );
}

export function errorPage(code: string, message: string): string {
  return layout('eSewa sandbox — error', `<h1>eSewa (local sandbox)</h1><p class="error"><strong>${escapeHtml(code)}</strong> ${escapeHtml(message)}</p>`);
}
