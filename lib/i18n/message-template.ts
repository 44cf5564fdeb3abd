/** A message's text, or the name of a placeholder in it: `{label} is required` is [{ placeholder: 'label' }, ' is required']. */
export type TemplatePart = string | { placeholder: string };

/**
 * The text of a message whose words code must know rather than format (lib/i18n/error-messages.ts
 * finds a message by lib's English), read from either form it is loaded in: the ICU text of
 * messages/ (vitest, tsx scripts), or what the Next build compiles it to (next.config.mjs), where
 * `{label} is required` is `[["label"], " is required"]` and a message without placeholders stays
 * its text. Only plain placeholders: a plural, select or tag has no one text, and is refused.
 */
export function messageTemplate(message: unknown, key: string): TemplatePart[] {
  const parts = typeof message === 'string' ? fromIcuText(message) : Array.isArray(message) ? message.map(fromCompiledPart) : null;
  if (!parts?.every((part) => part !== null)) throw new Error(`Message ${key} is not plain text with {placeholders}`);
  return parts;
}

/** A namespace of messages, as opposed to a message (a string, or an array once compiled). */
export function isNamespace(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function fromIcuText(text: string): (TemplatePart | null)[] {
  return text.split(/\{(\w+)\}/).map((part, i) => (i % 2 === 1 ? { placeholder: part } : /[{}]/.test(part) ? null : part)).filter((part) => part !== '');
}

function fromCompiledPart(part: unknown): TemplatePart | null {
  if (typeof part === 'string') return part;
  return Array.isArray(part) && part.length === 1 && typeof part[0] === 'string' ? { placeholder: part[0] } : null;
}
