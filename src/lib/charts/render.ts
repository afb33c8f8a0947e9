/**
 * Draws a chart configuration to PNG or SVG on the server, with Chart.js on
 * @napi-rs/canvas. The font comes from an npm package, so every machine that
 * builds the site draws the same chart.
 */
import { createRequire } from 'node:module';
import { createCanvas, GlobalFonts, SvgExportFlag } from '@napi-rs/canvas';
import { Chart, registerables } from 'chart.js';
import type { ChartSpec } from './metric-chart';
import { chartFont } from './palette';
import { pngScale } from './sizes';

Chart.register(...registerables);
// Every text in every chart, titles included, in the shipped font, never a machine's fallback.
Chart.defaults.font.family = chartFont;

let fontsReady = false;
/** Registers the chart font (Noto Sans SC) once; share cards draw with it too. */
export function registerFonts(): void {
  if (fontsReady) return;
  const require = createRequire(import.meta.url);
  for (const weight of ['400Regular/NotoSansSC_400Regular.ttf', '700Bold/NotoSansSC_700Bold.ttf']) {
    const path = require.resolve(`@expo-google-fonts/noto-sans-sc/${weight}`);
    if (!GlobalFonts.registerFromPath(path, chartFont)) throw new Error(`Could not load the chart font ${path}`);
  }
  fontsReady = true;
}

/** Charts are printed and downloaded: a white background, not a transparent one. */
const whiteBackground = {
  id: 'whiteBackground',
  beforeDraw(chart: Chart) {
    const { ctx, width, height } = chart;
    ctx.save();
    ctx.fillStyle = '#ffffff';
    ctx.fillRect(0, 0, width, height);
    ctx.restore();
  },
};

export type ChartFormat = 'png' | 'svg';

/** Drawing time for the whole build, read by the benchmark through the build log (see astro.config.mjs). */
export interface ChartStats {
  count: number;
  milliseconds: number;
}
const statsKey = Symbol.for('wuhan-report.chart-stats');
export function chartStats(): ChartStats {
  const store = globalThis as typeof globalThis & { [statsKey]?: ChartStats };
  return (store[statsKey] ??= { count: 0, milliseconds: 0 });
}

/** The chart as a PNG (at twice its size, for sharp screens) or an SVG with its text turned into outlines. */
export function renderChart(spec: ChartSpec, format: ChartFormat): Buffer {
  registerFonts();
  const started = performance.now();
  // Chart.js scales the PNG canvas up to pngScale itself.
  const canvas = format === 'svg' ? createCanvas(spec.width, spec.height, SvgExportFlag.ConvertTextToPaths) : createCanvas(spec.width, spec.height);
  const context = canvas.getContext('2d');
  const chart = new Chart(context as unknown as CanvasRenderingContext2D, {
    ...spec.config,
    options: { ...spec.config.options, devicePixelRatio: format === 'svg' ? 1 : pngScale },
    plugins: [whiteBackground, ...(spec.config.plugins ?? [])],
  });
  try {
    if (format === 'svg') return (canvas as ReturnType<typeof createCanvas> & { getContent(): Buffer }).getContent();
    return (canvas as { toBuffer(mime: 'image/png'): Buffer }).toBuffer('image/png');
  } finally {
    chart.destroy();
    const stats = chartStats();
    stats.count += 1;
    stats.milliseconds += performance.now() - started;
  }
}
