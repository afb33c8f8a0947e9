/**
 * A QR code of a page's address as inline SVG, drawn at build time with the
 * npm `qrcode` package, for readers who move a page from a screen to WeChat.
 */
import QRCode from 'qrcode';
import { escapeXml } from '../outputs/xml';

/** The SVG markup, black on white, with a quiet zone, named for screen readers by `label`. */
export async function qrSvg(url: string, label: string): Promise<string> {
  const svg = await QRCode.toString(url, {
    type: 'svg',
    margin: 2,
    errorCorrectionLevel: 'M',
    color: { dark: '#000000', light: '#ffffff' },
  });
  return svg.replace('<svg ', `<svg role="img" aria-label="${escapeXml(label)}" `);
}
