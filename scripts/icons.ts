/**
 * npm run icons: draws the PNG icons (apple-touch-icon 180, 192, 512) from
 * public/favicon.svg with the charts' canvas, for systems that show no SVG
 * icon (iOS, WeChat, Android). Run again after changing the favicon; the
 * PNGs are committed so the dev server has them too.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createCanvas, loadImage } from '@napi-rs/canvas';

const publicDir = new URL('../public/', import.meta.url);
const svg = readFileSync(new URL('favicon.svg', publicDir));
const icons = [
  { file: 'icons/apple-touch-icon.png', size: 180 },
  { file: 'icons/icon-192.png', size: 192 },
  { file: 'icons/icon-512.png', size: 512 },
];

const image = await loadImage(svg);
for (const { file, size } of icons) {
  const canvas = createCanvas(size, size);
  const context = canvas.getContext('2d');
  // Opaque: iOS and launchers round the corners themselves and would show black in transparent ones.
  context.fillStyle = '#0b4a7d';
  context.fillRect(0, 0, size, size);
  context.drawImage(image, 0, 0, size, size);
  writeFileSync(new URL(file, publicDir), await canvas.encode('png'));
  console.log(`wrote public/${file} (${size}×${size})`);
}
