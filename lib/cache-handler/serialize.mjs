// @ts-check
/**
 * JSON that keeps what Next's cache values hold besides plain data: Buffers (a page's RSC payload,
 * a route's body) and Maps (a page's segment data). Entries cross the network as text.
 */
const BYTES = '\u0000bytes';
const MAP = '\u0000map';

/**
 * @param {unknown} value
 * @returns {string}
 */
export function serialize(value) {
  return JSON.stringify(value, function replace(key, converted) {
    // Buffer.toJSON has already run on `converted`; the holder still has the original.
    const original = /** @type {Record<string, unknown>} */ (this)[key];
    if (original instanceof Uint8Array) return { [BYTES]: Buffer.from(original.buffer, original.byteOffset, original.byteLength).toString('base64') };
    if (original instanceof Map) return { [MAP]: [...original.entries()] };
    return converted;
  });
}

/**
 * @param {string} text
 * @returns {unknown}
 */
export function deserialize(text) {
  return JSON.parse(text, (_key, value) => {
    if (value && typeof value === 'object' && !Array.isArray(value)) {
      if (typeof value[BYTES] === 'string') return Buffer.from(value[BYTES], 'base64');
      if (Array.isArray(value[MAP])) return new Map(value[MAP]);
    }
    return value;
  });
}
