/**
 * Draws a metric chart model as a small SVG with real text: inline on the
 * metric page (in the page's own fonts, scaled by CSS through its viewBox, so
 * one drawing serves desktop and phone) and as the downloadable file (with a
 * title, key and date, and a named font with system fallbacks). Chosen over
 * an SVG-emitting canvas for Chart.js; the measurements are in docs/decisions.md.
 */
import type { MetricChartModel, PlottedFigure } from './model';
import { palette, type MarkerShape } from './palette';
import { escapeXml } from '../xml';
import { textWidth, wrapToWidth } from './text';

export interface SvgLayout {
  width: number;
  height: number;
  /** Font size in user units; the page's CSS may enlarge it on narrow screens up to `maxFont`. */
  font: number;
  maxFont: number;
  /** A file of its own: background, title, key, phases and date drawn in, and a font named. */
  standalone: boolean;
}

/** On the page: text comes from the page (its font stack; larger on phones, see global.css). */
export const inlineLayout: SvgLayout = { width: 560, height: 330, font: 14, maxFont: 21, standalone: false };
/** The downloadable file. */
export const fileLayout: SvgLayout = { width: 800, height: 440, font: 14, maxFont: 14, standalone: true };

/** The font of a chart file: the one the PNG is drawn with, then what the reader's system has. */
export const fileFontStack = "'Noto Sans SC', 'PingFang SC', 'Microsoft YaHei', 'Noto Sans CJK SC', 'Source Han Sans SC', system-ui, sans-serif";

const round = (value: number) => Math.round(value * 10) / 10;

/** The plot area and the scales of a model in a layout, exported so tests can read positions back. */
export function plotGeometry(model: MetricChartModel, layout: SvgLayout, credit?: string) {
  const titleLines = layout.standalone ? wrapToWidth(model.title, layout.width - 24, layout.font + 4) : [];
  const top = (layout.standalone ? 16 + titleLines.length * (layout.font + 10) : 0) + layout.maxFont + 10;
  const footer = layout.standalone ? (credit ? 4 : 3) * (layout.font + 8) + 16 : 0;
  const bottom = layout.height - footer - layout.maxFont - 12;
  const left = 12 + Math.max(...model.y.ticks.map((tick) => textWidth(tick.label, layout.maxFont)));
  const right = layout.width - 14;
  const x = (value: number) => round(left + ((value - model.x.min) / (model.x.max - model.x.min)) * (right - left));
  const y = (value: number) => round(bottom - ((value - model.y.min) / (model.y.max - model.y.min)) * (bottom - top));
  return { top, bottom, left, right, x, y, titleLines, footer };
}

export function markerSvg(shape: MarkerShape, cx: number, cy: number, colour: string): string {
  switch (shape) {
    case 'rect':
      return `<rect x="${cx - 6}" y="${cy - 6}" width="12" height="12" fill="${colour}"/>`;
    case 'rectRot':
      return `<path d="M${cx} ${cy - 8}l8 8-8 8-8-8z" fill="${colour}"/>`;
    case 'triangle':
      return `<path d="M${cx} ${cy - 8}l8 13h-16z" fill="${colour}"/>`;
    default:
      return `<circle cx="${cx}" cy="${cy}" r="6" fill="${colour}"/>`;
  }
}

/**
 * The y attributes of a text whose baseline sits `em` ems below `y`. On the page the font size
 * may change with the screen, so the offset is left to the browser in ems; a file is drawn by
 * renderers that may not read ems (Skia), so there it is worked out.
 */
const textY = (layout: SvgLayout, y: number, em: number) => (layout.standalone || !em ? `y="${round(y + layout.font * em)}"` : `y="${round(y)}" dy="${em}em"`);

/** Where a centred label of this text stands so that it stays inside the plot. */
const clampCentre = (x: number, text: string, layout: SvgLayout, g: { left: number; right: number }) => {
  const half = textWidth(text, layout.maxFont) / 2 + 2;
  return round(Math.min(Math.max(x, g.left + half), g.right - half));
};

/** Which of these axis labels can be written at a font size, from the left, each clear of the last one written. */
function labelsThatFit(labels: readonly { tick: { label: string }; x: number; anchor: 'start' | 'middle' | 'end' }[], size: number): boolean[] {
  let end = -Infinity;
  return labels.map(({ tick, x, anchor }) => {
    const width = textWidth(tick.label, size);
    const start = anchor === 'start' ? x : anchor === 'end' ? x - width : x - width / 2;
    if (start < end + size / 2) return false;
    end = start + width;
    return true;
  });
}

const colourOf = (figure: Pick<PlottedFigure, 'kind'>) => (figure.kind === 'baseline' ? palette.baseline : palette.figure);

/** A metric chart as SVG; a chart file (standalone layout) carries its credit line: site, address, licence. */
export function metricChartSvg(model: MetricChartModel, layout: SvgLayout = inlineLayout, credit?: string): string {
  const { width, height, font } = layout;
  const g = plotGeometry(model, layout, credit);
  const parts: string[] = [];
  if (layout.standalone) {
    parts.push(`<rect width="${width}" height="${height}" fill="${palette.paper}"/>`);
    g.titleLines.forEach((line, index) => parts.push(`<text x="12" y="${16 + (index + 1) * (font + 10) - 6}" font-size="${font + 4}" font-weight="700">${escapeXml(line)}</text>`));
  }
  // Phases as bands, each marked with its symbol (the key names them).
  for (const [index, phase] of model.phases.entries()) {
    const from = g.x(phase.from);
    parts.push(`<rect x="${from}" y="${g.top}" width="${round(g.x(phase.to) - from)}" height="${round(g.bottom - g.top)}" fill="${palette.phase[index % palette.phase.length]}"/>`);
    parts.push(`<text x="${round((from + g.x(phase.to)) / 2)}" y="${g.top - 5}" text-anchor="middle" fill="${palette.inkSoft}">${phase.symbol}</text>`);
  }
  // Grid and ticks.
  const grid: string[] = [];
  const labels: string[] = [];
  for (const tick of model.y.ticks) {
    const y = g.y(tick.value);
    grid.push(`M${g.left} ${y}H${g.right}`);
    labels.push(`<text x="${g.left - 6}" ${textY(layout, y, 0.35)} text-anchor="end">${escapeXml(tick.label)}</text>`);
  }
  const xLabels = model.x.ticks.map((tick) => {
    const x = g.x(tick.value);
    grid.push(`M${x} ${g.top}V${g.bottom + 5}`);
    return { tick, x, anchor: x > g.right - 20 ? 'end' : x < g.left + 20 ? 'start' : 'middle' } as const;
  });
  // A label that would run into the one before it is left out (its gridline stays): at the page's font on a
  // wide screen; and, among those kept, marked minor (hidden on a phone) where it would at the phone's font.
  const onWide = labelsThatFit(xLabels, layout.font);
  const onPhone = labelsThatFit(
    xLabels.filter((label, index) => onWide[index] && !label.tick.minor),
    layout.maxFont,
  );
  let phoneIndex = 0;
  xLabels.forEach(({ tick, x, anchor }, index) => {
    if (!onWide[index]) return;
    const minor = tick.minor || !onPhone[phoneIndex++];
    labels.push(`<text x="${x}" ${textY(layout, g.bottom + 8, 0.9)} text-anchor="${anchor}"${minor ? ' class="minor"' : ''}>${escapeXml(tick.label)}</text>`);
  });
  parts.push(`<path d="${grid.join('')}" stroke="${palette.grid}" fill="none"/>`, ...labels);
  // The target: a dashed line over the plan year, named at its end.
  const targetY = g.y(model.target.value);
  parts.push(`<path d="M${g.x(model.target.from)} ${targetY}H${g.x(model.target.to)}" stroke="${palette.target}" stroke-width="2.5" stroke-dasharray="8 5"/>`);
  parts.push(`<text x="${g.right - 4}" y="${targetY - 7}" text-anchor="end" font-weight="700" fill="${palette.target}">${escapeXml(model.target.label)}</text>`);
  // Figures since the plan are joined by a line; a period figure spans its period.
  const progress = model.figures.filter((figure) => figure.kind === 'progress');
  if (progress.length > 1)
    parts.push(`<path d="M${progress.map((figure) => `${g.x(figure.x)} ${g.y(figure.value)}`).join('L')}" stroke="${palette.figure}" stroke-width="3" fill="none"/>`);
  for (const figure of model.figures) {
    const cx = g.x(figure.x);
    const cy = g.y(figure.value);
    const colour = colourOf(figure);
    if (figure.span) {
      parts.push(`<path d="M${g.x(figure.span.from)} ${cy}H${g.x(figure.span.to)}" stroke="${colour}" stroke-width="3" stroke-opacity=".5"/>`);
      const covers = figure.periodLabel ?? '';
      parts.push(`<text x="${clampCentre(cx, covers, layout, g)}" ${textY(layout, cy + 12, 0.9)} text-anchor="middle" fill="${palette.inkSoft}">${escapeXml(covers)}</text>`);
    }
    parts.push(markerSvg(figure.marker, cx, cy, colour));
    parts.push(`<text x="${clampCentre(cx, figure.label, layout, g)}" y="${cy - 12}" text-anchor="middle" font-weight="700" fill="${colour}">${escapeXml(figure.label)}</text>`);
  }
  if (model.noFigure) {
    // Never drawn as zero: the absence is said where the figures would be, wrapped to the plan year's width.
    const from = g.x(model.target.from);
    // Over a long span of years the plan year is a narrow column: the words then take the right half of the plot.
    const room = Math.max(g.right - from - 8, (g.right - g.left) / 2);
    const lines = wrapToWidth(model.noFigure, room, layout.maxFont);
    // In the half of the plot the target line leaves free, so the two never cross.
    const targetLow = targetY > (g.top + g.bottom) / 2;
    const first = round(targetLow ? g.top + (g.bottom - g.top) * 0.3 : g.bottom - (g.bottom - g.top) * 0.3 - (lines.length - 1) * font * 1.3);
    const centre = round(Math.min((from + g.right) / 2, g.right - 4 - room / 2));
    parts.push(
      `<text text-anchor="middle" fill="${palette.inkSoft}">${lines.map((line, index) => `<tspan x="${centre}" ${index === 0 ? `y="${first}"` : layout.standalone ? `y="${round(first + index * font * 1.3)}"` : 'dy="1.3em"'}>${escapeXml(line)}</tspan>`).join('')}</text>`,
    );
  }
  if (layout.standalone) parts.push(...fileFooter(model, layout, g.bottom, credit));
  const attributes = layout.standalone
    ? `xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" font-family="${fileFontStack}" font-size="${font}" fill="${palette.ink}"`
    : `viewBox="0 0 ${width} ${height}" font-size="${font}" fill="${palette.ink}" class="chart__svg" aria-hidden="true"`;
  const title = layout.standalone ? `<title>${escapeXml(model.title)}</title>` : '';
  return `<svg ${attributes}>${title}${parts.join('')}</svg>`;
}

/** The key, the phases and the date, written under the chart of a file that travels without its page. */
function fileFooter(model: MetricChartModel, layout: SvgLayout, plotBottom: number, credit?: string): string[] {
  const line = layout.font + 8;
  let y = plotBottom + layout.font + 14 + line;
  const parts: string[] = [];
  let x = 12;
  const key = (mark: string, label: string) => {
    parts.push(mark, `<text x="${x + 22}" y="${round(y + layout.font * 0.35)}">${escapeXml(label)}</text>`);
    x += 40 + textWidth(label, layout.font);
  };
  key(`<path d="M${x} ${y}h16" stroke="${palette.target}" stroke-width="2.5" stroke-dasharray="6 3"/>`, model.target.legend);
  const baseline = model.figures.find((figure) => figure.kind === 'baseline');
  if (baseline) key(markerSvg(baseline.marker, x + 8, y, palette.baseline), model.legend.baseline);
  const progress = model.figures.find((figure) => figure.kind === 'progress');
  if (progress) key(markerSvg(progress.marker, x + 8, y, palette.figure), model.legend.progress);
  y += line;
  parts.push(`<text x="12" y="${round(y + layout.font * 0.35)}" fill="${palette.inkSoft}" font-size="${layout.font - 1}">${escapeXml(model.phaseKey.join(' '))}</text>`);
  y += line;
  parts.push(`<text x="12" y="${round(y + layout.font * 0.35)}" fill="${palette.inkSoft}" font-size="${layout.font - 1}">${escapeXml(model.asOf)}</text>`);
  if (credit) {
    y += line;
    parts.push(`<text x="12" y="${round(y + layout.font * 0.35)}" fill="${palette.inkSoft}" font-size="${layout.font - 2}">${escapeXml(credit)}</text>`);
  }
  return parts;
}
