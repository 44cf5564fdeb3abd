/**
 * How many SMS an outgoing text costs. Text that fits the GSM 03.38 alphabet goes as 7-bit
 * septets: 160 in one SMS, 153 a part once concatenated (the rest is the part header). Anything
 * else (Devanagari, most emoji) goes as UCS-2: 70 UTF-16 units alone, 67 a part. A character is
 * never split across parts (an escaped GSM character is two septets, an emoji two UTF-16 units),
 * so parts are packed a character at a time rather than by dividing.
 */
export type SmsEncoding = 'gsm7' | 'ucs2';
export type SegmentCount = { encoding: SmsEncoding; segments: number; units: number };

const GSM_BASIC = new Set(
  '@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !"#¤%&\'()*+,-./0123456789:;<=>?¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà',
);
// Sent as ESC + a character: two septets each.
const GSM_EXTENDED = new Set('\f^{}\\[~]|€');

const LIMITS = { gsm7: { single: 160, part: 153 }, ucs2: { single: 70, part: 67 } } as const;

export function smsEncoding(text: string): SmsEncoding {
  for (const char of text) if (!GSM_BASIC.has(char) && !GSM_EXTENDED.has(char)) return 'ucs2';
  return 'gsm7';
}

export function countSegments(text: string): SegmentCount {
  const encoding = smsEncoding(text);
  const costs = [...text].map((char) => (encoding === 'gsm7' ? (GSM_EXTENDED.has(char) ? 2 : 1) : char.length));
  const units = costs.reduce((sum, cost) => sum + cost, 0);
  const { single, part } = LIMITS[encoding];
  if (units <= single) return { encoding, segments: 1, units };
  let segments = 1;
  let used = 0;
  for (const cost of costs) {
    if (used + cost > part) {
      segments += 1;
      used = 0;
    }
    used += cost;
  }
  return { encoding, segments, units };
}
