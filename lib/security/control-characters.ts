/**
 * Which characters no text input may carry. PostgreSQL refuses NUL in text (a 500), and the other
 * C0/C1 controls have no place in a name, a filter or a URL. Tab, line feed and carriage return are
 * left to the callers: a textarea may hold them, and a redirect target refuses them itself.
 */
const CONTROL_EXCEPT_WHITESPACE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/;
const ANY_CONTROL = /[\u0000-\u001f\u007f-\u009f]/;

export function hasControlCharacters(value: string, { allowLineBreaks = false }: { allowLineBreaks?: boolean } = {}): boolean {
  return (allowLineBreaks ? CONTROL_EXCEPT_WHITESPACE : ANY_CONTROL).test(value);
}

/** True when the URL's path or any search parameter, once decoded, holds a control other than tab/CR/LF. */
export function urlHasControlCharacters(url: URL): boolean {
  if (CONTROL_EXCEPT_WHITESPACE.test(safeDecode(url.pathname))) return true;
  for (const [name, value] of url.searchParams) {
    if (CONTROL_EXCEPT_WHITESPACE.test(name) || CONTROL_EXCEPT_WHITESPACE.test(value)) return true;
  }
  return false;
}

// A malformed escape cannot decode to a control character; Next answers it on its own.
function safeDecode(path: string): string {
  try {
    return decodeURIComponent(path);
  } catch {
    return path;
  }
}

/** Names of the form fields (strings or lists of strings) that hold a control other than tab/CR/LF. */
export function fieldsWithControlCharacters(input: unknown): string[] {
  if (!input || typeof input !== 'object') return [];
  return Object.entries(input)
    .filter(([, value]) => (Array.isArray(value) ? value : [value]).some((item) => typeof item === 'string' && hasControlCharacters(item, { allowLineBreaks: true })))
    .map(([name]) => name);
}

export const CONTROL_CHARACTER_MESSAGE = 'Remove the invisible control characters from this field';
