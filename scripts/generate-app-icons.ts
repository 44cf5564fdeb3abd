import { mkdirSync } from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';

/**
 * Writes the installed app's icons (public/icons/*.png, committed) from the same cross as
 * public/icon.svg. Run again after changing the mark: `npx tsx scripts/generate-app-icons.ts`.
 * "any" icons keep the rounded tile; maskable ones fill the square and keep the cross inside the
 * central 80% safe zone, because launchers crop them to their own shape.
 */
const BRAND = '#047857';
const CROSS = 'M13 7h6v6h6v6h-6v6h-6v-6H7v-6h6z';

const anyIcon = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" rx="6" fill="${BRAND}"/><path d="${CROSS}" fill="#fff"/></svg>`;
// The cross spans 18 of 32 units; scaled by 0.75 around the centre it stays well inside the safe zone.
const maskableIcon = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" fill="${BRAND}"/><path d="${CROSS}" fill="#fff" transform="translate(16 16) scale(0.75) translate(-16 -16)"/></svg>`;

const out = path.resolve('public', 'icons');
mkdirSync(out, { recursive: true });
const icons = [
  { file: 'icon-192.png', svg: anyIcon, size: 192 },
  { file: 'icon-512.png', svg: anyIcon, size: 512 },
  { file: 'maskable-192.png', svg: maskableIcon, size: 192 },
  { file: 'maskable-512.png', svg: maskableIcon, size: 512 },
  { file: 'apple-touch-icon.png', svg: maskableIcon, size: 180 },
];
for (const icon of icons) {
  await sharp(Buffer.from(icon.svg), { density: (72 * icon.size) / 32 })
    .resize(icon.size, icon.size)
    .png({ compressionLevel: 9 })
    .toFile(path.join(out, icon.file));
  console.log(`public/icons/${icon.file}`);
}
