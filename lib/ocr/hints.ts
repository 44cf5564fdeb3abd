import { parseNmcNumber } from '@/lib/controlled/nmc';
import { asciiDigits, FIRST_BS_YEAR, isoDateOfBs } from '@/lib/nepal-time/bikram-sambat';

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
  /** ISO yyyy-mm-dd (Gregorian) when the date could be understood. */
  date: string | null;
  dateText: string | null;
  /** The calendar the prescription was dated in: Nepali prescriptions use both. */
  dateCalendar: 'AD' | 'BS' | null;
  /** Lines that look like medicine orders, for catalog matching. */
  medicineLines: string[];
};

// "NMC No. 12345", "N.M.C. Reg. No: 1234", "NMC Regd. No - 5678", "NMC # 9012".
const NMC_PATTERN =
  /\bN\s*\.?\s*M\s*\.?\s*C\s*\.?\s*(?:Reg(?:istration|d)?\.?\s*)?(?:No\.?|Number|#)?\s*[:.\-]?\s*([0-9OoIl]{1,6})\b/i;

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
// BS month names as doctors romanise them, in calendar order; the first letters are enough to tell them apart.
const BS_MONTH_PATTERNS = [/^bai?s/, /^je/, /^(asar|asad|ashad)/, /^(shr|sra|sau)/, /^bha/, /^(aso|ash?w)/, /^kar/, /^(man|mang|marg)/, /^(pou|pus|push)/, /^mag/, /^(fal|pha|fag)/, /^chai?t/];
const BS_MONTH_WORD = 'Bai?s[a-z]*|Je[a-z]*|Asar|Asadh?|Ashadh?|Shrawan|Sra[a-z]*|Saun|Bhadr?[a-z]*|Asoj|Ashwin|Kartik|Mangs?ir|Marga|Pou?sh?|Push|Magh|Falgun|Phagun|Chai?tr?a?';

// Nepali prescriptions are dated in either calendar: "2081/08/16" is 16 Mangsir 2081 (FIRST_BS_YEAR).

function digits(text: string): string {
  return text.replace(/[Oo]/g, '0').replace(/[Il]/g, '1');
}

type ReadDate = { iso: string | null; raw: string; calendar: 'AD' | 'BS' };

function readDate(year: number, month: number, day: number, raw: string): ReadDate {
  if (year < 100) year += 2000;
  if (year >= FIRST_BS_YEAR) return { iso: year <= 2100 ? isoDateOfBs({ year, month, day }) : null, raw, calendar: 'BS' };
  if (month < 1 || month > 12 || day < 1 || day > 31 || year < 1990) return { iso: null, raw, calendar: 'AD' };
  const date = new Date(Date.UTC(year, month - 1, day));
  return { iso: date.getUTCDate() === day ? date.toISOString().slice(0, 10) : null, raw, calendar: 'AD' };
}

export function extractDate(original: string): ReadDate | null {
  const text = asciiDigits(original);
  const numeric = /\b(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})\b|\b(\d{1,2})[-/.](\d{1,2})[-/.](\d{2,4})\b/.exec(text);
  const named = new RegExp(
    String.raw`\b(\d{1,2})\s*(?:st|nd|rd|th)?\s+(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|${BS_MONTH_WORD})[a-z]*\.?,?\s+(\d{4})\b`,
    'i',
  ).exec(text);
  const rawOf = (match: RegExpExecArray) => original.slice(match.index, match.index + match[0].length);
  if (numeric && (!named || numeric.index <= named.index)) {
    return numeric[1]
      ? readDate(Number(numeric[1]), Number(numeric[2]), Number(numeric[3]), rawOf(numeric))
      : readDate(Number(numeric[6]), Number(numeric[5]), Number(numeric[4]), rawOf(numeric)); // Nepal writes day first.
  }
  if (named) {
    const word = named[2]!.toLowerCase();
    const year = Number(named[3]);
    const gregorian = MONTHS.indexOf(word.slice(0, 3)) + 1;
    const month = year >= FIRST_BS_YEAR ? BS_MONTH_PATTERNS.findIndex((pattern) => pattern.test(word)) + 1 : gregorian;
    // A BS month with an AD year (or the reverse) cannot be read with confidence.
    if (month === 0) return { iso: null, raw: rawOf(named), calendar: year >= FIRST_BS_YEAR ? 'BS' : 'AD' };
    return readDate(year, month, Number(named[1]), rawOf(named));
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
  // The same format rule as the pharmacist's entry (lib/controlled/nmc.ts), so a hint is never a number the form refuses.
  const nmcNumber = nmc ? parseNmcNumber(digits(nmc[1]!)) : null;
  const doctor = DOCTOR_PATTERN.exec(text);
  const patient = PATIENT_PATTERN.exec(text);
  const dateLine = text.split('\n').find((line) => /\bdate\b/i.test(line) && extractDate(line));
  const date = extractDate(dateLine ?? text);

  const lines = text.split('\n').map((line) => line.trim()).filter(Boolean);
  const marked = lines.filter((line) => MEDICINE_LINE.test(line) && !NOT_MEDICINE.test(line) && medicineWords(line).length > 0);
  // Without markers, any line with a word of 5+ letters that is not a header might be a medicine.
  const medicineLines = marked.length > 0 ? marked : lines.filter((line) => /[A-Za-z]{5,}/.test(line) && !NOT_MEDICINE.test(line));

  return {
    nmcNumber: nmcNumber?.ok ? nmcNumber.number : null,
    nmcText: nmcNumber?.ok ? nmc![0].trim() : null,
    doctorName: doctor ? cleanName(`Dr. ${doctor[1]}`) : null,
    patientName: patient ? cleanName(patient[1]!.split(/\s{2,}|\bAge\b|\bSex\b/i)[0]!) : null,
    date: date?.iso ?? null,
    dateText: date?.raw ?? null,
    dateCalendar: date?.calendar ?? null,
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
