/**
 * Turns chart SVG into the PNG downloads: drawn by Skia (@napi-rs/canvas) with
 * the font shipped in an npm package, so every machine draws the same image,
 * then made opaque and reduced to a palette by sharp, on a worker thread
 * (raster-worker.ts). PNGs are kept in a cache keyed by a hash of everything
 * that goes into them, so a rebuild with unchanged data draws nothing.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { GlobalFonts } from '@napi-rs/canvas';
import sharp from 'sharp';
import { chartFont } from './palette';
import { rasterOnWorker } from './raster-worker';

const require = createRequire(import.meta.url);

/** The shipped chart font, regular and bold. */
const chartFontFiles = ['400Regular/NotoSansSC_400Regular.ttf', '700Bold/NotoSansSC_700Bold.ttf'].map((weight) => `@expo-google-fonts/noto-sans-sc/${weight}`);

let fontsReady = false;
/** Registers the chart font with this thread's canvas, for share images; safe to call often. (The PNG worker registers its own.) */
export function registerChartFonts(): void {
  if (fontsReady) return;
  for (const file of chartFontFiles) {
    const path = require.resolve(file);
    if (!GlobalFonts.registerFromPath(path, chartFont)) throw new Error(`Could not load the chart font ${path}`);
  }
  fontsReady = true;
}

/** Drawing time for the whole build, read by the benchmark through the build log (see astro.config.mjs). */
export interface ChartStats {
  drawn: number;
  reused: number;
  milliseconds: number;
}
const statsKey = Symbol.for('wuhan-report.chart-stats');
export function chartStats(): ChartStats {
  const store = globalThis as typeof globalThis & { [statsKey]?: ChartStats };
  return (store[statsKey] ??= { drawn: 0, reused: 0, milliseconds: 0 });
}

/**
 * Where drawn PNGs are kept between builds. CI and the deploy keep this folder
 * (it is under node_modules/.cache, like other build tools' caches); set
 * CHART_CACHE_DIR to put it elsewhere, or to an empty string to switch it off.
 */
const chartCacheDir = process.env.CHART_CACHE_DIR ?? join(process.cwd(), 'node_modules', '.cache', 'wuhan-charts');

/**
 * The PNG downloads: a 64-colour palette (the charts use a dozen, the rest is
 * anti-aliasing) without dithering, whose noise would double the file for flat
 * colours; at sharp's lowest effort, which is then as small and twice as fast.
 * zlib level 6 rather than 9: measured over the site's 46 charts, a third less
 * encoding time (1×: 25 ms instead of 40 a file; 2×: 83 instead of 114) for
 * files 5–7% larger (1×: 18.8 KB instead of 17.9; 2×: 46.1 instead of 43.0).
 */
const pngOptions = { palette: true, colours: 64, dither: 0, compressionLevel: 6, effort: 1 } as const;
/** Bump when the drawing steps change in a way the options do not show, so cached PNGs are drawn again. */
const PIPELINE = 'skia-raw-rgba-to-sharp-v1';

/** Everything besides the SVG and the settings that decides the PNG: the tools' versions. */
const toolVersions = JSON.stringify([
  sharp.versions,
  ['@napi-rs/canvas', '@expo-google-fonts/noto-sans-sc'].map((name) => (require(`${name}/package.json`) as { version: string }).version),
]);

async function cached(key: string, draw: () => Promise<Buffer>): Promise<Buffer> {
  if (!chartCacheDir) return await draw();
  const file = join(chartCacheDir, `${key}.png`);
  try {
    const hit = readFileSync(file);
    chartStats().reused += 1;
    return hit;
  } catch {
    const png = await draw();
    mkdirSync(chartCacheDir, { recursive: true });
    // Written under another name first, so a build stopped halfway never leaves half a file in the cache.
    const partial = `${file}.${process.pid}.tmp`;
    writeFileSync(partial, png);
    renameSync(partial, file);
    return png;
  }
}

/** A chart SVG (with a width and height) as an opaque, palette PNG at `scale` times its size, drawn on a worker thread (raster-worker.ts). */
export function svgToPng(svg: string, scale: 1 | 2): Promise<Buffer> {
  const key = createHash('sha256')
    .update(`${PIPELINE}\n${toolVersions}\n${JSON.stringify(pngOptions)}\n${scale}\n${svg}`)
    .digest('hex')
    .slice(0, 32);
  return cached(key, async () => {
    const started = performance.now();
    const png = await rasterOnWorker({ fonts: chartFontFiles.map((file) => require.resolve(file)), fontName: chartFont, png: pngOptions }, svg, scale);
    const stats = chartStats();
    stats.drawn += 1;
    stats.milliseconds += performance.now() - started;
    return png;
  });
}
