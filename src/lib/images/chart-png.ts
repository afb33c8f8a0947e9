/**
 * Turns chart SVG into the PNG downloads: drawn by Skia (@napi-rs/canvas) with
 * the font shipped in an npm package, so every machine draws the same image,
 * then made opaque and reduced to a palette by sharp, on a worker thread
 * (raster-worker.ts). PNGs are kept in a cache keyed by a hash of everything
 * that goes into them, so a rebuild with unchanged data draws nothing.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { PngOptions } from 'sharp';
import { chartFont } from '../charts/palette';
import { keptEntryOrMade, keptOrMade, removeStale, sourceHash, writeOutputs, type Output } from '../build/cache';
import { shared } from '../build/shared-store';
import { inTurn, newTurns, type Turns } from '../build/turns';
import { rasterOnWorker } from './raster-worker';

const require = createRequire(import.meta.url);

/** The shipped chart font's files, regular and bold. */
const chartFontPaths = ['400Regular/NotoSansSC_400Regular.ttf', '700Bold/NotoSansSC_700Bold.ttf'].map((weight) =>
  require.resolve(`@expo-google-fonts/noto-sans-sc/${weight}`),
);

/**
 * The canvas package, loaded when something is first measured or drawn on
 * this thread: a rebuild whose text measurements, PNGs and cards all come
 * from the caches never loads it (nor sharp, which only the PNG worker loads).
 */
export const loadCanvas = (): typeof import('@napi-rs/canvas') => require('@napi-rs/canvas');

let fontsReady = false;
/** Registers the chart font with this thread's canvas, for share images; safe to call often. (The PNG worker registers its own.) */
export function registerChartFonts(): void {
  if (fontsReady) return;
  const { GlobalFonts } = loadCanvas();
  for (const path of chartFontPaths) {
    if (!GlobalFonts.registerFromPath(path, chartFont)) throw new Error(`Could not load the chart font ${path}`);
  }
  fontsReady = true;
}

/** Drawing time for the whole build, read by the benchmark through the build log (see src/integrations/chart-pngs.ts). */
export interface ChartStats {
  drawn: number;
  reused: number;
  milliseconds: number;
}

/** Kept in the build store (../build-store.ts): the chart files' route (in Astro's bundle) and the integration (src/integrations/chart-pngs.ts) load this module apart. */
interface Store {
  stats: ChartStats;
  /** PNGs a build has asked for, by their path in the output: the SVG each is drawn from, and the drawing. */
  requests: Map<string, { svg: string; png: Promise<Output> }>;
  /** PNGs being drawn: two at a time (see `svgToPng`). */
  turns: Turns;
}
const store = (): Store =>
  shared('chart-pngs', () => ({
    stats: { drawn: 0, reused: 0, milliseconds: 0 },
    requests: new Map(),
    turns: newTurns(),
  }));
export const chartStats = (): ChartStats => store().stats;

/**
 * Where drawn PNGs are kept between builds. CI and the deploy keep this folder
 * (it is under node_modules/.cache, like other build tools' caches); set
 * CHART_CACHE_DIR to put it elsewhere, or to an empty string to switch it off.
 */
export const chartCacheDir =
  process.env.CHART_CACHE_DIR ?? join(process.cwd(), 'node_modules', '.cache', 'report-site-charts');

/**
 * The PNG downloads: at most 64 colours (the charts use a dozen, the rest is
 * anti-aliasing) without dithering, whose noise would double the file for flat
 * colours; at sharp's lowest effort, which is then as small and twice as fast.
 * zlib level 6 rather than 9: a third less encoding time for files 5–7%
 * larger. `quality: 95` lets the quantiser stop at fewer colours once the
 * image is that close: measured over the site's 92 PNGs, 3.3 s of encoding
 * instead of 4.4 and 2.8 MB instead of 3.4, with no difference to be seen.
 */
const pngOptions = { palette: true, colours: 64, dither: 0, compressionLevel: 6, effort: 1, quality: 95 } as const;
/** Bump when the drawing steps change in a way the options do not show, so cached PNGs are drawn again. */
const PIPELINE = 'skia-raw-rgba-to-sharp-v2';

/**
 * sharp's version and its libvips's (what `sharp.versions` says), read from
 * their package files instead of loading sharp; from sharp itself when libvips
 * is not one of its prebuilt packages (a build from source).
 */
function sharpVersions(): unknown {
  const sharpPackage = join(dirname(require.resolve('sharp')), '..', 'package.json');
  const { version, optionalDependencies = {} } = JSON.parse(readFileSync(sharpPackage, 'utf8')) as {
    version: string;
    optionalDependencies?: Record<string, string>;
  };
  const fromSharp = createRequire(sharpPackage);
  for (const name of Object.keys(optionalDependencies).filter((name) => name.startsWith('@img/sharp-libvips-')))
    try {
      return { ...(fromSharp(`${name}/versions`) as object), sharp: version };
    } catch {
      // Another platform's package, not installed.
    }
  return (require('sharp') as typeof import('sharp')).versions;
}

/** Everything besides the SVG and the settings that decides the PNG: the tools' and font's versions, and the drawing code itself. */
const toolVersions = JSON.stringify([
  sharpVersions(),
  ['@napi-rs/canvas', '@expo-google-fonts/noto-sans-sc'].map(
    (name) => (require(`${name}/package.json`) as { version: string }).version,
  ),
  sourceHash(process.cwd(), ['src/lib/images/raster-worker.ts', 'src/lib/images/chart-png.ts']),
]);

async function cached(key: string, draw: () => Promise<Buffer>): Promise<Buffer> {
  if (!chartCacheDir) return await draw();
  const { bytes, reused } = await keptOrMade(chartCacheDir, `${key}.png`, draw);
  if (reused) chartStats().reused += 1;
  return bytes;
}

/** An SVG (with a width and height) drawn in the chart font on white, as an opaque PNG at `scale` times its size, on the worker thread (raster-worker.ts). */
export function rasterise(svg: string, scale: number, png: PngOptions): Promise<Buffer> {
  return rasterOnWorker({ fonts: chartFontPaths, fontName: chartFont }, svg, scale, png);
}

/** The cache key of a chart PNG: a hash of everything that decides its bytes. */
const pngKey = (svg: string, scale: 1 | 2) =>
  createHash('sha256')
    .update(`${PIPELINE}\n${toolVersions}\n${JSON.stringify(pngOptions)}\n${scale}\n${svg}`)
    .digest('hex')
    .slice(0, 32);

/** A drawing of more pixels than this (100 MB as RGBA) is drawn alone: the dashboard's charts of thousands of metrics reach the worker's cap of 100 million. */
const largePixels = 25_000_000;

/** The pixels a chart SVG makes at `scale`, from its root element's width and height (0 when it says none). */
export function svgPixels(svg: string, scale: number): number {
  const root = svg.match(/<svg\b[^>]*>/)?.[0] ?? '';
  const size = (name: string) => Number(root.match(new RegExp(`\\s${name}="([\\d.]+)"`))?.[1] ?? 0);
  return size('width') * size('height') * scale * scale;
}

/** Draws a chart PNG on the worker, counted in the build's figures. */
function drawPng(svg: string, scale: 1 | 2): Promise<Buffer> {
  // Two at a time: one compressing per core keeps both busy beside the pages, without holding the pixels of every chart at once;
  // a large one alone, so that two gigabyte-sized drawings never overlap.
  const weight = svgPixels(svg, scale) > largePixels ? 2 : 1;
  return inTurn(
    store().turns,
    2,
    async () => {
      const started = performance.now();
      const png = await rasterise(svg, scale, pngOptions);
      const stats = chartStats();
      stats.drawn += 1;
      stats.milliseconds += performance.now() - started;
      return png;
    },
    weight,
  );
}

/** A chart SVG (with a width and height) as an opaque, palette PNG at `scale` times its size, drawn on a worker thread (raster-worker.ts). */
export function svgToPng(svg: string, scale: 1 | 2): Promise<Buffer> {
  return cached(pngKey(svg, scale), () => drawPng(svg, scale));
}

/** A chart PNG for the build's output: its entry in the cache, not its bytes, so a build of thousands of charts holds none of them until it ends (cache.ts `Output`). */
async function pngForOutput(svg: string, scale: 1 | 2): Promise<Output> {
  if (!chartCacheDir) return await drawPng(svg, scale);
  const { output, reused } = await keptEntryOrMade(chartCacheDir, `${pngKey(svg, scale)}.png`, () =>
    drawPng(svg, scale),
  );
  if (reused) chartStats().reused += 1;
  return output;
}

/**
 * During a build, a chart's PNG is not a page: it is asked for when the build
 * starts and again by the chart's SVG file as it renders (`path` is its URL
 * path), and drawn beside the pages instead of holding them up. The second
 * request must bring the same SVG: the PNG is drawn from the first.
 */
export function requestChartPng(path: string, svg: string, scale: 1 | 2): void {
  const { requests } = store();
  const earlier = requests.get(path);
  if (!earlier) requests.set(path, { svg, png: pngForOutput(svg, scale) });
  else if (earlier.svg !== svg)
    throw new Error(
      `The chart ${path} was asked for twice with different drawings: the PNG would not show what its SVG shows`,
    );
}

/** Writes every PNG asked for into `outDir` once drawn (src/integrations/chart-pngs.ts, when the pages are built); returns the build's drawing figures. */
export async function writeChartPngs(outDir: string): Promise<ChartStats> {
  const state = store();
  const pending = [...state.requests].map(([path, { png }]): [string, Promise<Output>] => [path, png]);
  state.requests.clear();
  await writeOutputs(outDir, pending);
  if (chartCacheDir) removeStale(chartCacheDir);
  const stats = { ...state.stats };
  state.stats = { drawn: 0, reused: 0, milliseconds: 0 };
  return stats;
}
