import { escapeHtml } from '../escape-html';

/** The shared frame around every email's HTML body. `bodyHtml` must already be escaped. */
export function emailLayout(title: string, bodyHtml: string): string {
  return `<!doctype html><html><body style="font-family:system-ui,sans-serif;color:#0f172a;max-width:560px;margin:0 auto;padding:24px">
<h1 style="font-size:20px;color:#047857">${escapeHtml(title)}</h1>
${bodyHtml}
<p style="color:#64748b;font-size:12px;margin-top:32px">MediNest — online pharmacy for Nepal</p>
</body></html>`;
}
