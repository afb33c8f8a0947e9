/**
 * A QR code of a page's address as inline SVG, drawn at build time with the
 * npm `qrcode` package, for readers who move a page from a screen to WeChat.
 * Drawing one takes about a millisecond (all eight masks are tried), so in a
 * build the drawings are kept between builds beside the share cards
 * (build/kept-map.ts), keyed by the address and named by the package's
 * version and this code.
 */
import { createRequire } from 'node:module';
import { sourceHash } from '../build/cache';
import { keptMap, type KeptMap } from '../build/kept-map';
import { escapeXml } from '../outputs/xml';

const options = {
  type: 'svg',
  margin: 2,
  errorCorrectionLevel: 'M',
  color: { dark: '#000000', light: '#ffffff' },
} as const;

const require = createRequire(import.meta.url);
const keptName = () =>
  `qr-codes-${sourceHash(process.cwd(), ['src/lib/images/qr.ts']).slice(
    0,
    16,
  )}-${(require('qrcode/package.json') as { version: string }).version}.json`;

let kept: KeptMap<string> | undefined;
/** The build's QR codes, kept in `cacheDir` (the share cards' folder, from the build context). */
const keptCodes = (cacheDir: string) => (kept ??= keptMap<string>('qr-codes', cacheDir, keptName()));

/** Keeps the build's QR codes for the next (src/integrations/share-cards.ts, as a build ends). */
export const keepQrCodes = (cacheDir: string): boolean => keptCodes(cacheDir).keep();

/** The SVG markup, black on white, with a quiet zone, named for screen readers by `label`; `cacheDir` in a build (see above). */
export async function qrSvg(url: string, label: string, cacheDir?: string): Promise<string> {
  const codes = cacheDir ? keptCodes(cacheDir) : undefined;
  let svg = codes?.get(url);
  if (svg === undefined) {
    // Loaded when first drawn: a rebuild of unchanged pages draws none.
    const QRCode = require('qrcode') as typeof import('qrcode');
    svg = await QRCode.toString(url, options);
    codes?.set(url, svg);
  }
  return svg.replace('<svg ', `<svg role="img" aria-label="${escapeXml(label)}" `);
}
