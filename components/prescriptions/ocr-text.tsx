/** OCR text with the doctor's NMC number marked, so the pharmacist can check it at a glance. */
export function OcrText({ text, highlight }: { text: string; highlight: string | null }) {
  const at = highlight ? text.indexOf(highlight) : -1;
  const body =
    at >= 0 && highlight ? (
      <>
        {text.slice(0, at)}
        <mark className="rounded bg-yellow-200 px-0.5" data-testid="nmc-highlight">{highlight}</mark>
        {text.slice(at + highlight.length)}
      </>
    ) : (
      text
    );
  return <pre className="max-h-80 overflow-auto whitespace-pre-wrap rounded bg-slate-50 p-3 text-xs leading-5">{body}</pre>;
}
