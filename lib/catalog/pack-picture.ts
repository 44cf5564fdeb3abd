/**
 * A product's pack picture when no photo has been uploaded: an SVG pack drawn from what is printed
 * on a real one (brand, strength, dosage form, maker), coloured by category and with a small mark
 * for the dosage form. Deterministic (the same product always gives the same bytes, so the picture
 * can be stored under its content hash and cached for good), small (about 1.5 KB), and with every
 * text escaped: a brand name can never become markup.
 */
import { publicProductImage, type PublicProductImage } from './public-image';

export type PackPictureInput = {
  brandName: string;
  strength: string;
  dosageForm: string;
  manufacturer: string;
  categorySlug: string;
  requiresPrescription: boolean;
};

// Tailwind's 700 shades: white text on them is readable.
const CATEGORY_COLOURS: Readonly<Record<string, string>> = {
  'pain-and-fever': '#c2410c',
  'cold-and-allergy': '#0369a1',
  antibiotics: '#7e22ce',
  diabetes: '#1d4ed8',
  'heart-and-blood-pressure': '#be123c',
  'stomach-care': '#047857',
  'vitamins-and-supplements': '#a16207',
  'skin-care': '#be185d',
  'baby-care': '#0e7490',
  devices: '#334155',
  'first-aid': '#b91c1c',
  'eye-and-ear': '#4338ca',
  'asthma-and-breathing': '#0f766e',
  'womens-health': '#a21caf',
};
const OTHER_COLOURS = Object.values(CATEGORY_COLOURS);

function categoryColour(slug: string): string {
  const known = CATEGORY_COLOURS[slug];
  if (known) return known;
  let hash = 0;
  for (const char of slug) hash = (hash * 31 + char.charCodeAt(0)) >>> 0;
  return OTHER_COLOURS[hash % OTHER_COLOURS.length]!;
}

/** Text for an SVG text node or attribute: control characters dropped, markup characters escaped. */
export function escapeSvgText(text: string): string {
  return text
    .replace(/[\u0000-\u001f\u007f-\u009f]/g, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

/** A dosage form's mark in the category colour, 44 px square, in the corner below the strength. */
function formMark(form: string, colour: string): string {
  const at = 'transform="translate(250 162)"';
  switch (form) {
    case 'Tablet':
    case 'Lozenge':
      return `<g ${at} fill="none" stroke="${colour}" stroke-width="4"><circle cx="22" cy="22" r="18"/><path d="M8 22h28"/></g>`;
    case 'Capsule':
      return `<g ${at}><rect x="2" y="12" width="40" height="20" rx="10" fill="${colour}"/><rect x="22" y="14" width="18" height="16" rx="8" fill="#fff"/></g>`;
    case 'Syrup':
    case 'Suspension':
    case 'Solution':
    case 'Drops':
    case 'Injection':
      return `<g ${at}><rect x="15" y="0" width="14" height="8" fill="${colour}"/><rect x="8" y="10" width="28" height="34" rx="5" fill="${colour}"/><rect x="12" y="22" width="20" height="12" fill="#fff"/></g>`;
    case 'Cream':
    case 'Ointment':
    case 'Gel':
    case 'Lotion':
    case 'Shampoo':
      return `<g ${at}><path d="M4 10h30l8 12-8 12H4z" fill="${colour}"/><rect x="0" y="14" width="6" height="16" fill="${colour}"/></g>`;
    case 'Inhaler':
    case 'Spray':
    case 'Respules':
      return `<g ${at} fill="${colour}"><rect x="14" y="0" width="16" height="30" rx="4"/><rect x="6" y="28" width="32" height="14" rx="4"/></g>`;
    case 'Sachet':
    case 'Powder':
      return `<g ${at}><path d="M6 4h32v36l-4-4-4 4-4-4-4 4-4-4-4 4-4-4z" fill="${colour}"/></g>`;
    default:
      return `<g ${at} fill="${colour}"><rect x="16" y="2" width="12" height="40" rx="2"/><rect x="2" y="16" width="40" height="12" rx="2"/></g>`;
  }
}

/** Splits a brand into at most two lines of about 14 characters, breaking between words. */
function brandLines(brand: string): string[] {
  const words = brand.trim().split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  for (const word of words) {
    const last = lines[lines.length - 1];
    if (last !== undefined && (last.length + 1 + word.length <= 14 || lines.length === 2)) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines.length > 0 ? lines : [''];
}

/** `textLength` squeezes text that would not fit the pack, instead of letting it run off the edge. */
function fitted(text: string, fontSize: number, maxWidth: number): string {
  // Average glyph width of a bold sans-serif is about 0.6 em.
  return text.length * fontSize * 0.6 > maxWidth ? ` textLength="${maxWidth}" lengthAdjust="spacingAndGlyphs"` : '';
}

export function packPictureSvg(input: PackPictureInput): string {
  const colour = categoryColour(input.categorySlug);
  const lines = brandLines(input.brandName);
  const brandSize = lines.length === 1 ? 30 : 24;
  const firstBaseline = lines.length === 1 ? 100 : 84;
  const brand = lines
    .map((line, index) => `<text x="160" y="${firstBaseline + index * 26}" font-size="${brandSize}" font-weight="700" text-anchor="middle"${fitted(line, brandSize, 256)}>${escapeSvgText(line)}</text>`)
    .join('');
  const strength = input.strength.trim();
  // Long combination strengths ("14.08 mg + 138 mg + …") get a smaller size before any squeezing.
  const strengthSize = strength.length > 20 ? 15 : 20;
  const rx = input.requiresPrescription ? `<text x="284" y="43" font-size="15" font-weight="700" fill="#fff" text-anchor="end">Rx</text>` : '';
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 320 240" width="320" height="240" font-family="system-ui,-apple-system,'Segoe UI',Roboto,Arial,sans-serif">`,
    `<rect width="320" height="240" fill="#f8fafc"/>`,
    `<rect x="16" y="16" width="288" height="208" rx="14" fill="#fff" stroke="${colour}" stroke-width="3"/>`,
    `<path d="M16 30a14 14 0 0 1 14-14h260a14 14 0 0 1 14 14v22H16z" fill="${colour}"/>`,
    `<text x="32" y="43" font-size="15" font-weight="700" fill="#fff" letter-spacing="1">${escapeSvgText(input.dosageForm.toUpperCase())}</text>`,
    rx,
    `<g fill="#0f172a">${brand}</g>`,
    strength ? `<text x="160" y="${lines.length === 1 ? 136 : 140}" font-size="${strengthSize}" fill="${colour}" font-weight="600" text-anchor="middle"${fitted(strength, strengthSize, 256)}>${escapeSvgText(strength)}</text>` : '',
    formMark(input.dosageForm, colour),
    `<text x="32" y="204" font-size="14" fill="#475569"${fitted(input.manufacturer, 14, 200)}>${escapeSvgText(input.manufacturer)}</text>`,
    `</svg>`,
  ].join('');
}

/** The pack picture as stored: its key is the SHA-256 of the bytes, so equal pictures are stored once. */
export function packPicture(input: PackPictureInput): PublicProductImage & { url: string } {
  return publicProductImage(Buffer.from(packPictureSvg(input), 'utf8'), 'image/svg+xml');
}
