import type { KhaltiSandboxSession } from './ledger';

// Plain HTML with inline styles only: the sandbox serves no assets and loads nothing external.
const escape = (value: string) =>
  value.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c);

function layout(title: string, body: string): string {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escape(title)}</title>
<style>
body{font-family:system-ui,sans-serif;background:#f4f1f8;color:#23172f;margin:0;display:flex;min-height:100vh;align-items:center;justify-content:center}
main{background:#fff;border-radius:12px;box-shadow:0 2px 12px rgba(0,0,0,.08);padding:32px;max-width:420px;width:100%;box-sizing:border-box}
h1{font-size:1.25rem;margin:0 0 4px;color:#5c2d91}.note{font-size:.8rem;color:#665a70;margin:0 0 24px}
dl{display:grid;grid-template-columns:auto 1fr;gap:8px 16px;margin:0 0 24px}dt{color:#665a70}dd{margin:0;font-weight:600;word-break:break-all}
.buttons{display:flex;gap:12px}.buttons form{flex:1}button{width:100%;font-size:1rem;padding:12px;border-radius:8px;border:1px solid #5c2d91;cursor:pointer}
.pay{background:#5c2d91;color:#fff}.cancel{background:#fff;color:#5c2d91}.error{color:#b42318}
</style></head><body><main>${body}</main></body></html>`;
}

const rupees = (paisa: number) => `Rs. ${(paisa / 100).toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`;

export function khaltiPaymentPage(session: KhaltiSandboxSession): string {
  const pidx = escape(session.pidx);
  return layout(
    'Khalti sandbox — confirm payment',
    `<h1>Khalti (local sandbox)</h1>
<p class="note">A stand-in for Khalti's test payment page. No money moves.</p>
<dl><dt>For</dt><dd>${escape(session.purchaseOrderName)}</dd>
<dt>Amount</dt><dd data-testid="khalti-sandbox-amount">${rupees(session.amountPaisa)}</dd>
<dt>Order</dt><dd>${escape(session.purchaseOrderId)}</dd></dl>
<div class="buttons">
<form method="post" action="/pay/confirm"><input type="hidden" name="pidx" value="${pidx}"><button class="pay" type="submit">Pay with Khalti</button></form>
<form method="post" action="/pay/cancel"><input type="hidden" name="pidx" value="${pidx}"><button class="cancel" type="submit">Cancel</button></form>
</div>`,
  );
}

export function khaltiErrorPage(message: string): string {
  return layout('Khalti sandbox — error', `<h1>Khalti (local sandbox)</h1><p class="error">${escape(message)}</p>`);
}
