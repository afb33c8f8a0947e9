/**
 * Text measured in the shipped chart font (Noto Sans SC through
 * @napi-rs/canvas, the font and renderer the PNGs are drawn with): where chart
 * labels are placed, how lines wrap, and the boxes the tests check for
 * overlaps. Runs at build time only (the browser's charts use text.ts).
 */
import type { SKRSContext2D } from '@napi-rs/canvas';
import { chartFont } from './palette';
import { chartCacheDir, loadCanvas, registerChartFonts } from '../images/chart-png';
import { sourceHash } from '../build/cache';
import { keptMap } from '../build/kept-map';

/** A rectangle in the drawing's units: left, right, top and bottom edges. */
export interface Box {
  left: number;
  right: number;
  top: number;
  bottom: number;
}

export type Anchor = 'start' | 'middle' | 'end';

interface Metrics {
  width: number;
  ascent: number;
  descent: number;
}

/**
 * The measurements kept between builds, in the chart cache: named by what
 * decides them (the canvas's and the font's versions, the font's name and
 * this code), so a new canvas or font measures afresh.
 */
const keptName = `text-metrics-${sourceHash(process.cwd(), [
  'src/lib/charts/measure.ts',
  'src/lib/charts/palette.ts',
  'node_modules/@napi-rs/canvas/package.json',
  'node_modules/@expo-google-fonts/noto-sans-sc/package.json',
]).slice(0, 32)}.json`;

/**
 * Every text measured in this process, shared by Astro's two module
 * instances (the configuration's, which draws the chart files as a build
 * starts, and the pages'), and begun from the last build's: a rebuild of
 * unchanged content measures nothing, and loads neither the canvas nor the
 * font (about 0.2 CPU-s).
 */
const measured = keptMap<Metrics>('text-metrics', chartCacheDir, keptName);

/** Keeps this build's measurements for the next (src/integrations/chart-pngs.ts, as a build ends), when it measured anything new. */
export const keepTextMetrics = (): boolean => measured.keep();

let context: SKRSContext2D | undefined;

/** The advance width and ink height (above and below the baseline) of a text at a size, in the chart font. */
export function textMetrics(text: string, size: number, bold = false): Metrics {
  const key = `${bold ? 'b' : 'r'}${size}:${text}`;
  let metrics = measured.get(key);
  if (!metrics) {
    if (!context) {
      registerChartFonts();
      context = loadCanvas().createCanvas(1, 1).getContext('2d');
    }
    context.font = `${bold ? 'bold ' : ''}${size}px "${chartFont}"`;
    const result = context.measureText(text);
    // An empty or blank text has no ink; its box is then a line at the baseline.
    metrics = {
      width: result.width,
      ascent: Math.max(0, result.actualBoundingBoxAscent),
      descent: Math.max(0, result.actualBoundingBoxDescent),
    };
    measured.set(key, metrics);
  }
  return metrics;
}

/** How wide a text is at a size, in the chart font. */
export const measuredWidth = (text: string, size: number, bold = false) => textMetrics(text, size, bold).width;

/** The box a text's ink takes when drawn with its baseline at (x, y) and this anchor. */
export function textBox(text: string, x: number, y: number, size: number, anchor: Anchor = 'start', bold = false): Box {
  const { width, ascent, descent } = textMetrics(text, size, bold);
  const left = anchor === 'start' ? x : anchor === 'end' ? x - width : x - width / 2;
  return { left, right: left + width, top: y - ascent, bottom: y + descent };
}

/** Whether two boxes share any area, or come closer than `gap`. */
export const boxesOverlap = (a: Box, b: Box, gap = 0) =>
  a.left < b.right + gap && b.left < a.right + gap && a.top < b.bottom + gap && b.top < a.bottom + gap;

/** Whether a box lies wholly inside another. */
export const boxInside = (inner: Box, outer: Box) =>
  inner.left >= outer.left && inner.right <= outer.right && inner.top >= outer.top && inner.bottom <= outer.bottom;

/**
 * Breaks text into lines no wider than `width` at a size, measured: by words
 * where the text has spaces, by characters in Chinese. Phrases in `keep`
 * ("CC BY 4.0") are never broken; a single word wider than the line stands
 * alone on its line (the tests then report it).
 */
export function wrapMeasured(
  text: string,
  width: number,
  size: number,
  { bold = false, keep = [] as readonly string[] } = {},
): string[] {
  const kept = keep.map((phrase) => phrase.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  const token = new RegExp(
    `${kept.map((phrase) => `${phrase}\\s*|`).join('')}[\\u2e80-\\u9fff\\uf900-\\uffef]|[^\\s\\u2e80-\\u9fff\\uf900-\\uffef]+\\s*|\\s+`,
    'gu',
  );
  const lines: string[] = [];
  let line = '';
  for (const piece of text.match(token) ?? []) {
    const candidate = `${line}${piece}`;
    if (line.trim() && measuredWidth(candidate.trimEnd(), size, bold) > width) {
      lines.push(line.trimEnd());
      line = piece.trimStart();
    } else line = candidate;
  }
  if (line.trim()) lines.push(line.trimEnd());
  return lines;
}
