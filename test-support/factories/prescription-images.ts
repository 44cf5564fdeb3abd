import sharp from 'sharp';

/** A small, valid JPEG; `gps` adds an EXIF GPS position like a phone camera does. */
export async function photo(options: { gps?: boolean } = {}): Promise<Buffer> {
  const image = sharp({ create: { width: 120, height: 90, channels: 3, background: '#f4f1ea' } }).jpeg();
  return options.gps
    ? image.withExif({ IFD0: { Make: 'PhoneCam' }, IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '27/1 42/1 30/1', GPSLongitudeRef: 'E', GPSLongitude: '85/1 19/1 12/1' } }).toBuffer()
    : image.toBuffer();
}

/** Draws lines of text onto a white page (SVG rendered by sharp), like a typed prescription. */
export async function renderPrescription(lines: string[]): Promise<Buffer> {
  const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  const lineHeight = 56;
  const height = 80 + lines.length * lineHeight;
  const text = lines.map((line, i) => `<text x="50" y="${90 + i * lineHeight}">${escape(line)}</text>`).join('');
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="1400" height="${height}"><rect width="100%" height="100%" fill="#ffffff"/><g font-family="DejaVu Sans, Arial, sans-serif" font-size="38" fill="#111111">${text}</g></svg>`;
  return sharp(Buffer.from(svg)).png().toBuffer();
}
