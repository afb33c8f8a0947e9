import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import jsQR from 'jsqr';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { keep } from '../../src/lib/build/cache';
import { forgetShared } from '../../src/lib/build/shared-store';

const dirs: string[] = [];
afterEach(() => {
  dirs.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true }));
  forgetShared('qr-codes');
  vi.resetModules();
});

/** The QR code's modules as the rows of an image jsQR can read: the SVG's dark path, scaled up. */
function decode(svg: string): string | undefined {
  const size = Number(svg.match(/viewBox="0 0 (\d+) \d+"/)![1]);
  const dark = new Set<string>();
  const path = svg.match(/<path stroke="#000000" d="([^"]+)"/)![1]!;
  // Each dark run is "M{x} {y}.5h{length}" (moves may be relative: "m"), as the qrcode package writes it.
  let x = 0;
  let y = 0;
  for (const [, command, a, b] of path.matchAll(/([Mmh])(-?[\d.]+)(?: (-?[\d.]+))?/g)) {
    if (command === 'M') [x, y] = [Number(a), Number(b) - 0.5];
    else if (command === 'm') [x, y] = [x + Number(a), y + Number(b)];
    else {
      for (let i = 0; i < Number(a); i += 1) dark.add(`${x + i},${y}`);
      x += Number(a);
    }
  }
  const scale = 4;
  const width = size * scale;
  const pixels = new Uint8ClampedArray(width * width * 4);
  for (let py = 0; py < width; py += 1)
    for (let px = 0; px < width; px += 1) {
      const value = dark.has(`${Math.floor(px / scale)},${Math.floor(py / scale)}`) ? 0 : 255;
      pixels.set([value, value, value, 255], (py * width + px) * 4);
    }
  return jsQR(pixels, width, width)?.data;
}

describe('QR codes of page addresses', () => {
  it('read back as the address, named for screen readers', async () => {
    const { qrSvg } = await import('../../src/lib/images/qr');
    const svg = await qrSvg('https://example.org/en/progress/', 'QR code "of" this page');
    expect(svg).toMatch(/^<svg role="img" aria-label="QR code &quot;of&quot; this page" /);
    expect(decode(svg)).toBe('https://example.org/en/progress/');
  });

  it('are kept between builds in the folder given, and the next build draws none of those it finds', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'qr-codes-'));
    dirs.push(dir);
    forgetShared('qr-codes');
    const qr = await import('../../src/lib/images/qr');
    const drawn = await qr.qrSvg('https://example.org/', 'QR', dir);
    expect(qr.keepQrCodes(dir)).toBe(true);
    // Nothing new: nothing written again.
    expect(qr.keepQrCodes(dir)).toBe(false);
    const [name, ...others] = readdirSync(dir);
    expect(others).toEqual([]);
    expect(name).toMatch(/^qr-codes-[0-9a-f]{16}-[\d.]+\.json$/);
    // The next build (the store forgotten, as in a new process) answers from the kept file; here one that
    // says otherwise, to show that it, not the qrcode package, answers.
    keep(dir, name!, Buffer.from(JSON.stringify([['https://example.org/', '<svg kept/>']])));
    forgetShared('qr-codes');
    expect(await qr.qrSvg('https://example.org/', 'QR', dir)).toBe('<svg role="img" aria-label="QR" kept/>');
    expect(drawn).not.toContain('kept');
  });
});
