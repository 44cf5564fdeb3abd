import type { SandboxTransaction } from './ledger';

// Plain HTML with inline styles only: the sandbox serves no assets and loads nothing external.
const escape = (value: string) =>
  value.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c);

function layout(title: string, body: string): string {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escape(title)}</title>
<style>
body{font-family:system-ui,sans-serif;background:#f3f6f4;color:#1b2b22;margin:0;display:flex;min-height:100vh;align-items:center;justify-content:center}
main{background:#fff;border-radius:12px;box-shadow:0 2px 12px rgba(0,0,0,.08);padding:32px;max-width:420px;width:100%}
h1{font-size:1.25rem;margin:0 0 4px;color:#41a124}.note{font-size:.8rem;color:#5b6b62;margin:0 0 24px}
dl{display:grid;grid-template-columns:auto 1fr;gap:8px 16px;margin:0 0 24px}dt{color:#5b6b62}dd{margin:0;font-weight:600;word-break:break-all}
.buttons{display:flex;gap:12px}.buttons form{flex:1}button{width:100%;font-size:1rem;padding:12px;border-radius:8px;border:1px solid #41a124;cursor:pointer}
.pay{background:#41a124;color:#fff}.cancel{background:#fff;color:#41a124}.error{color:#b42318}
</style></head><body><main>${body}</main></body></html>`;
}

function rupees(paisa: number): string {
  return `Rs. ${(paisa / 100).toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`;
}

export function paymentPage(transaction: SandboxTransaction, merchantName: string): string {
  const uuid = escape(transaction.transactionUuid);
  return layout(
    'eSewa sandbox — confirm payment',
    `<h1>eSewa (local sandbox)</h1>
<p class="note">A stand-in for eSewa's test site. No money moves.</p>
<dl><dt>Merchant</dt><dd>${escape(merchantName)} (${escape(transaction.productCode)})</dd>
<dt>Amount</dt><dd data-testid="sandbox-amount">${rupees(transaction.amountPaisa)}</dd>
<dt>Reference</dt><dd>${uuid}</dd></dl>
<div class="buttons">
<form method="post" action="/api/epay/main/v2/pay"><input type="hidden" name="transaction_uuid" value="${uuid}"><button class="pay" type="submit">Pay</button></form>
<form method="post" action="/api/epay/main/v2/cancel"><input type="hidden" name="transaction_uuid" value="${uuid}"><button class="cancel" type="submit">Cancel</button></form>
</div>`,
  );
}

export function errorPage(code: string, message: string): string {
  return layout('eSewa sandbox — error', `<h1>eSewa (local sandbox)</h1><p class="error"><strong>${escape(code)}</strong> ${escape(message)}</p>`);
}
