/**
 * The page shell both local wallet sandboxes (eSewa's, Khalti's) show: plain HTML with inline
 * styles only, since a sandbox serves no assets and loads nothing external. Each passes its own
 * wallet colours.
 */
export type SandboxTheme = { background: string; text: string; accent: string; muted: string };

export const escapeHtml = (value: string) =>
  value.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c);

export function sandboxPage(theme: SandboxTheme, title: string, body: string): string {
  const { background, text, accent, muted } = theme;
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<style>
body{font-family:system-ui,sans-serif;background:${background};color:${text};margin:0;display:flex;min-height:100vh;align-items:center;justify-content:center}
main{background:#fff;border-radius:12px;box-shadow:0 2px 12px rgba(0,0,0,.08);padding:32px;max-width:420px;width:100%;box-sizing:border-box}
h1{font-size:1.25rem;margin:0 0 4px;color:${accent}}.note{font-size:.8rem;color:${muted};margin:0 0 24px}
dl{display:grid;grid-template-columns:auto 1fr;gap:8px 16px;margin:0 0 24px}dt{color:${muted}}dd{margin:0;font-weight:600;word-break:break-all}
.buttons{display:flex;gap:12px}.buttons form{flex:1}button{width:100%;font-size:1rem;padding:12px;border-radius:8px;border:1px solid ${accent};cursor:pointer}
.pay{background:${accent};color:#fff}.cancel{background:#fff;color:${accent}}.error{color:#b42318}
</style></head><body><main>${body}</main></body></html>`;
}
