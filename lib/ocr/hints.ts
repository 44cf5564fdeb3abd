/**
 * Reads the parts of a prescription a pharmacist checks first out of OCR text. Pure text work;
 * OCR noise (stray dots, O for 0) is expected, so patterns are forgiving and results are hints.
 */

export type TextHints = {
  nmcNumber: string | null;
  /** The exact text the NMC number was read from, for highlighting. */
  nmcText: string | null;
  doctorName: string | null;
  patientName: string | null;
  /** ISO yyyy-mm-dd when the date could be understood. */
  date: string | null;
  dateText: string | null;
  /** Lines that look like medicine orders, for catalog matching. */
  medicineLines: string[];
};

// "NMC No. 12345", "N.M.C. Reg. No: 1234", "NMC Regd. No - 5678", "NMC # 9012".
const NMC_PATTERN =
  /\bN\s*\.?\s*M\s*\.?\s*C\s*\.?\s*(?:Reg(?:istration|d)?\.?\s*)?(?:No\.?|Number|#)?\s*[:.\-]?\s*([0-9OoIl]{3,6})\b/i;

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

function digits(text: string): string {
  return text.replace(/[Oo]/g, '0').replace(/[Il]/g, '1');
}

function isoDate(year: number, month: number, day: number): string | null {
  if (year < 100) year += 2000;
  if (month < 1 || month > 12 || day < 1 || day > 31 || year < 1990 || year > 2100) return null;
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCDate() !== day) return null;
  return date.toISOString().slice(0, 10);
}

export function extractDate(text: string): { iso: string | null; raw: string } | null {
  const numeric = /\b(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})\b|\b(\d{1,2})[-/.](\d{1,2})[-/.](\d{2,4})\b/.exec(text);
  const named = /\b(\d{1,2})\s*(?:st|nd|rd|th)?\s+(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?,?\s+(\d{4})\b/i.exec(text);
  if (numeric && (!named || numeric.index <= named.index)) {
    const iso = numeric[1]
      ? isoDate(Number(numeric[1]), Number(numeric[2]), Number(numeric[3]))
      : isoDate(Number(numeric[6]), Number(numeric[5]), Number(numeric[4])); // Nepal writes day first.
    return { iso, raw: numeric[0] };
  }
  if (named) {
    const month = MONTHS.indexOf(named[2]!.slice(0, 3).toLowerCase()) + 1;
    return { iso: isoDate(Number(named[3]), month, Number(named[1])), raw: named[0] };
  }
  return null;
}

const DOCTOR_PATTERN = /\bDr\.?[ \t]+([A-Z][A-Za-z.'-]+(?:[ \t]+[A-Z][A-Za-z.'-]+){0,3})/;
const PATIENT_PATTERN = /\b(?:Patient(?:'s)?(?:\s+Name)?|Pt\.?(?:\s+Name)?|Name)\s*[:\-]\s*([A-Za-z][A-Za-z .'-]{1,60})/i;
// Typical prescription line openers: Rx, Tab., Cap., Syp., Inj., numbered or bulleted items.
const MEDICINE_LINE = /^\s*(?:R[x\/]\s*|Tab\.?\s|Tabs?\b|Cap\.?\s|Caps?\b|Syp\.?\s|Syr\.?\s|Inj\.?\s|Susp\.?\s|\d{1,2}[.)]\s|[-•*]\s)/i;
const NOT_MEDICINE = /\b(NMC|N\.M\.C|Dr\.?|Patient|Name|Date|Age|Sex|Address|Hospital|Clinic|Signature|Phone|Reg)\b/i;

function cleanName(value: string): string {
  return value.replace(/\s+/g, ' ').replace(/[\s.,-]+$/, '').trim();
}

export function extractHints(text: string): TextHints {
  const nmc = NMC_PATTERN.exec(text);
  const doctor = DOCTOR_PATTERN.exec(text);
  const patient = PATIENT_PATTERN.exec(text);
  const dateLine = text.split('\n').find((line) => /\bdate\b/i.test(line) && extractDate(line));
  const date = extractDate(dateLine ?? text);

  const lines = text.split('\n').map((line) => line.trim()).filter(Boolean);
  const marked = lines.filter((line) => MEDICINE_LINE.test(line) && !NOT_MEDICINE.test(line) && medicineWords(line).length > 0);
  // Without markers, any line with a word of 5+ letters that is not a header might be a medicine.
  const medicineLines = marked.length > 0 ? marked : lines.filter((line) => /[A-Za-z]{5,}/.test(line) && !NOT_MEDICINE.test(line));

  return {
    nmcNumber: nmc ? digits(nmc[1]!) : null,
    nmcText: nmc ? nmc[0].trim() : null,
    doctorName: doctor ? cleanName(`Dr. ${doctor[1]}`) : null,
    patientName: patient ? cleanName(patient[1]!.split(/\s{2,}|\bAge\b|\bSex\b/i)[0]!) : null,
    date: date?.iso ?? null,
    dateText: date?.raw ?? null,
    medicineLines: medicineLines.slice(0, 20),
  };
}

/** Words in a medicine line worth looking up in the catalog (drops doses, frequencies, openers). */
export function medicineWords(line: string): string[] {
  const stop = new Set(['tab', 'tabs', 'tablet', 'cap', 'caps', 'capsule', 'syp', 'syr', 'syrup', 'inj', 'susp', 'daily', 'times', 'after', 'before', 'food', 'meal', 'meals', 'days', 'week', 'weeks', 'with', 'water', 'night', 'morning']);
  return line
    .toLowerCase()
    .split(/[^a-z]+/)
    .filter((word) => word.length >= 4 && !stop.has(word));
}
