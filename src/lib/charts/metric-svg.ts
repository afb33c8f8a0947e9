/**
 * Draws a metric chart model as a small SVG with real text: inline on the
 * metric page (in the page's own fonts, scaled by CSS through its viewBox, so
 * one drawing serves desktop and phone) and as the downloadable file (with a
 * title, key and date, and a named font with system fallbacks). Chosen over
 * an SVG-emitting canvas for Chart.js; the measurements are in docs/decisions.md.
 *
 * Every text is measured in the shipped chart font (measure.ts) and placed
 * where it overlaps no other text, no mark and not the target line, at the
 * page's font and at the phone's larger one; a label with no such place is
 * left out (the table beside the chart has every figure).
 */
import type { MetricChartModel, PlottedFigure } from './model';
import { palette, type MarkerShape } from './palette';
import { escapeXml } from '../outputs/xml';
import { boxesOverlap, boxInside, measuredWidth, textBox, wrapMeasured, type Anchor, type Box } from './measure';

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
export const fileFontStack =
  "'Noto Sans SC', 'PingFang SC', 'Microsoft YaHei', 'Noto Sans CJK SC', 'Source Han Sans SC', system-ui, sans-serif";

/** The licence's name ends the credit line (licence.ts chartCredit, after the last " · "): a wrapped credit never breaks it. */
export const creditKeep = (credit: string) => [credit.split(' · ').at(-1)!.trim()];

const round = (value: number) => Math.round(value * 10) / 10;

/** The key's entries of a file: the target, and the kinds of figure it plots. */
function keyEntries(model: MetricChartModel): { label: string; shape?: MarkerShape; colour?: string }[] {
  const baseline = model.figures.find((figure) => figure.kind === 'baseline');
  const progress = model.figures.find((figure) => figure.kind === 'progress');
  return [
    { label: model.target.legend },
    ...(baseline ? [{ label: model.legend.baseline, shape: baseline.marker, colour: palette.baseline }] : []),
    ...(progress ? [{ label: model.legend.progress, shape: progress.marker, colour: palette.figure }] : []),
  ];
}

/** Where each key entry of a file stands: its row and its x; an entry that would pass the right edge starts a new row. */
function keyPlaces(model: MetricChartModel, layout: SvgLayout): { row: number; x: number }[] {
  let row = 0;
  let x = 12;
  return keyEntries(model).map(({ label }) => {
    const advance = 40 + measuredWidth(label, layout.font);
    if (x > 12 && x + advance - 18 > layout.width - 12) {
      row += 1;
      x = 12;
    }
    const place = { row, x };
    x += advance;
    return place;
  });
}

/** A file's footer rows: the key (one or more rows), the phases, the date and the credit, each already fitted to the width. */
function footerRows(model: MetricChartModel, layout: SvgLayout, credit?: string) {
  const width = layout.width - 24;
  return {
    key: (keyPlaces(model, layout).at(-1)?.row ?? 0) + 1,
    phases: wrapMeasured(model.phaseKey.join(' '), width, layout.font - 1),
    asOf: wrapMeasured(model.asOf, width, layout.font - 1),
    credit: credit ? wrapMeasured(credit, width, layout.font - 2, { keep: creditKeep(credit) }) : [],
  };
}

/** The plot area and the scales of a model in a layout, exported so tests can read positions back. */
export function plotGeometry(model: MetricChartModel, layout: SvgLayout, credit?: string) {
  const titleLines = layout.standalone
    ? wrapMeasured(model.title, layout.width - 24, layout.font + 4, { bold: true })
    : [];
  const top = (layout.standalone ? 16 + titleLines.length * (layout.font + 10) : 0) + layout.maxFont + 10;
  const rows = footerRows(model, layout, credit);
  const footer = layout.standalone
    ? (rows.key + rows.phases.length + rows.asOf.length + rows.credit.length) * (layout.font + 8) + 16
    : 0;
  const bottom = layout.height - footer - layout.maxFont - 12;
  const left = 12 + Math.max(...model.y.ticks.map((tick) => measuredWidth(tick.label, layout.maxFont)));
  const right = layout.width - 14;
  const x = (value: number) => round(left + ((value - model.x.min) / (model.x.max - model.x.min)) * (right - left));
  const y = (value: number) => round(bottom - ((value - model.y.min) / (model.y.max - model.y.min)) * (bottom - top));
  return { top, bottom, left, right, x, y, titleLines, footer, rows };
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

/** A text to be written: its baseline sits `em` ems (of the layout's font) below `y`. */
interface Label {
  text: string;
  x: number;
  y: number;
  em?: number;
  anchor?: Anchor;
  bold?: boolean;
  /** Font size relative to the chart's (files only: -1 for the footer). */
  sizeOffset?: number;
  fill?: string;
  /** A quarter tick: written on wide screens only (hidden on phones by the page's CSS). */
  minor?: boolean;
}

/**
 * The texts placed so far, at each font size the drawing is shown with (a
 * file: one; on the page: the desktop font and the phone font), so that a new
 * label is written only where it is inside the drawing and clear of all of
 * them and of the obstacles (marks, the target line) at every size.
 */
class LabelSpace {
  private readonly placed: Box[][];
  private readonly obstacles: Box[] = [];
  readonly labels: Label[] = [];
  constructor(
    private readonly layout: SvgLayout,
    private readonly bounds: Box,
  ) {
    this.placed = this.sizes().map(() => []);
  }
  private sizes(): number[] {
    return this.layout.standalone ? [this.layout.font] : [this.layout.font, this.layout.maxFont];
  }
  /** The label's box at each size, undefined where it is not shown. */
  private boxes(label: Label): (Box | undefined)[] {
    return this.sizes().map((size, index) => {
      if (label.minor && index > 0) return undefined;
      const baseline = label.y + (label.em ?? 0) * (this.layout.standalone ? this.layout.font : size);
      return textBox(label.text, label.x, baseline, size + (label.sizeOffset ?? 0), label.anchor, label.bold);
    });
  }
  block(box: Box): void {
    this.obstacles.push(box);
  }
  fits(label: Label): boolean {
    return this.boxes(label).every(
      (box, index) =>
        !box ||
        (boxInside(box, this.bounds) &&
          !this.placed[index]!.some((other) => boxesOverlap(box, other, 1)) &&
          !this.obstacles.some((other) => boxesOverlap(box, other))),
    );
  }
  /** Keeps the space of a text written elsewhere (the no-figure words, drawn as one text of several lines). */
  reserve(label: Label): void {
    this.boxes(label).forEach((box, index) => box && this.placed[index]!.push(box));
  }
  /** Writes the label wherever it goes (fixed texts: title, axes, footer). */
  put(label: Label): void {
    this.reserve(label);
    this.labels.push(label);
  }
  /** Writes the first of the candidate places that fits; none if none does. */
  tryPut(...candidates: Label[]): Label | undefined {
    const place = candidates.find((candidate) => this.fits(candidate));
    if (place) this.put(place);
    return place;
  }
}

/**
 * The y attributes of a text whose baseline sits `em` ems below `y`. On the page the font size
 * may change with the screen, so the offset is left to the browser in ems; a file is drawn by
 * renderers that may not read ems (Skia), so there it is worked out.
 */
const textY = (layout: SvgLayout, y: number, em: number) =>
  layout.standalone || !em ? `y="${round(y + layout.font * em)}"` : `y="${round(y)}" dy="${em}em"`;

function labelSvg(label: Label, layout: SvgLayout): string {
  const attributes = [
    `x="${round(label.x)}"`,
    textY(layout, label.y, label.em ?? 0),
    label.anchor && label.anchor !== 'start' ? `text-anchor="${label.anchor}"` : '',
    label.sizeOffset ? `font-size="${layout.font + label.sizeOffset}"` : '',
    label.bold ? 'font-weight="700"' : '',
    label.fill ? `fill="${label.fill}"` : '',
    label.minor ? 'class="minor"' : '',
  ].filter(Boolean);
  return `<text ${attributes.join(' ')}>${escapeXml(label.text)}</text>`;
}

/** Where a centred label of this text stands so that it stays inside the plot at the largest font. */
const clampCentre = (x: number, text: string, layout: SvgLayout, g: { left: number; right: number }, bold = false) => {
  const half = measuredWidth(text, layout.maxFont, bold) / 2 + 2;
  return round(Math.min(Math.max(x, g.left + half), g.right - half));
};

/** Which of these axis labels can be written at a font size, from the left, each clear of the last one written. */
function labelsThatFit(
  labels: readonly { tick: { label: string }; x: number; anchor: Anchor }[],
  size: number,
): boolean[] {
  let end = -Infinity;
  return labels.map(({ tick, x, anchor }) => {
    const width = measuredWidth(tick.label, size);
    const start = anchor === 'start' ? x : anchor === 'end' ? x - width : x - width / 2;
    if (start < end + size / 2) return false;
    end = start + width;
    return true;
  });
}

/** Centres for marks of this width, moved apart as little as needed so that none touches the next, inside [from, to]. */
export function spreadApart(centres: readonly number[], width: number, from: number, to: number): number[] {
  const spread = centres.map((centre) => Math.min(Math.max(centre, from + width / 2), to - width / 2));
  for (let index = 1; index < spread.length; index += 1)
    spread[index] = Math.max(spread[index]!, spread[index - 1]! + width);
  for (let index = spread.length - 1; index >= 0; index -= 1) {
    const limit = index === spread.length - 1 ? to - width / 2 : spread[index + 1]! - width;
    spread[index] = Math.min(spread[index]!, limit);
  }
  return spread.map(round);
}

const colourOf = (figure: Pick<PlottedFigure, 'kind'>) =>
  figure.kind === 'baseline' ? palette.baseline : palette.figure;

/** The figures in the order their labels claim space: figures since the plan, newest first, then those before it, newest first. */
const byLabelPriority = (figures: readonly PlottedFigure[]) =>
  [...figures].sort((a, b) => (a.kind === b.kind ? b.x - a.x : a.kind === 'progress' ? -1 : 1));

/** A metric chart as SVG; a chart file (standalone layout) carries its credit line: site, address, licence. */
export function metricChartSvg(model: MetricChartModel, layout: SvgLayout = inlineLayout, credit?: string): string {
  const { width, height, font } = layout;
  const g = plotGeometry(model, layout, credit);
  const space = new LabelSpace(layout, { left: 0, right: width, top: 0, bottom: height });
  const parts: string[] = [];
  if (layout.standalone) {
    parts.push(`<rect width="${width}" height="${height}" fill="${palette.paper}"/>`);
    g.titleLines.forEach((line, index) =>
      space.put({ text: line, x: 12, y: 16 + (index + 1) * (font + 10) - 6, sizeOffset: 4, bold: true }),
    );
  }
  // Phases as bands, each marked with its symbol (the key names them), the symbols moved apart where the bands are narrow.
  const symbolWidth = Math.max(...model.phases.map((phase) => measuredWidth(phase.symbol, layout.maxFont))) + 2;
  const symbolAt = spreadApart(
    model.phases.map((phase) => (g.x(phase.from) + g.x(phase.to)) / 2),
    symbolWidth,
    g.left,
    g.right,
  );
  for (const [index, phase] of model.phases.entries()) {
    const from = g.x(phase.from);
    parts.push(
      `<rect x="${from}" y="${g.top}" width="${round(g.x(phase.to) - from)}" height="${round(g.bottom - g.top)}" fill="${palette.phase[index % palette.phase.length]}"/>`,
    );
    space.put({ text: phase.symbol, x: symbolAt[index]!, y: g.top - 5, anchor: 'middle', fill: palette.inkSoft });
  }
  // Grid and ticks.
  const grid: string[] = [];
  for (const tick of model.y.ticks) {
    const y = g.y(tick.value);
    grid.push(`M${g.left} ${y}H${g.right}`);
    space.put({ text: tick.label, x: g.left - 6, y, em: 0.35, anchor: 'end' });
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
    const minor = Boolean(tick.minor || !onPhone[phoneIndex++]);
    space.put({ text: tick.label, x, y: g.bottom + 8, em: 0.9, anchor, ...(minor ? { minor } : {}) });
  });
  parts.push(`<path d="${grid.join('')}" stroke="${palette.grid}" fill="none"/>`);
  // The target: a dashed line over the plan year, named at its end, above the line or else below it. No other text crosses it.
  const targetY = g.y(model.target.value);
  const targetFrom = g.x(model.target.from);
  parts.push(
    `<path d="M${targetFrom} ${targetY}H${g.x(model.target.to)}" stroke="${palette.target}" stroke-width="2.5" stroke-dasharray="8 5"/>`,
  );
  space.block({ left: targetFrom, right: g.x(model.target.to), top: targetY - 2, bottom: targetY + 2 });
  const targetLabel = {
    text: model.target.label,
    x: g.right - 4,
    anchor: 'end',
    bold: true,
    fill: palette.target,
  } as const;
  space.tryPut({ ...targetLabel, y: targetY - 7 }, { ...targetLabel, y: targetY + 7, em: 0.9 });
  // Figures since the plan are joined by a line; a period figure spans its period.
  const progress = model.figures.filter((figure) => figure.kind === 'progress');
  if (progress.length > 1)
    parts.push(
      `<path d="M${progress.map((figure) => `${g.x(figure.x)} ${g.y(figure.value)}`).join('L')}" stroke="${palette.figure}" stroke-width="3" fill="none"/>`,
    );
  for (const figure of model.figures) {
    const cx = g.x(figure.x);
    const cy = g.y(figure.value);
    const colour = colourOf(figure);
    if (figure.span)
      parts.push(
        `<path d="M${g.x(figure.span.from)} ${cy}H${g.x(figure.span.to)}" stroke="${colour}" stroke-width="3" stroke-opacity=".5"/>`,
      );
    parts.push(markerSvg(figure.marker, cx, cy, colour));
    space.block({ left: cx - 8, right: cx + 8, top: cy - 8, bottom: cy + 7 });
  }
  if (model.noFigure) {
    // Never drawn as zero: the absence is said where the figures would be, wrapped to the plan year's width.
    // Over a long span of years the plan year is a narrow column: the words then take the right half of the plot.
    const room = Math.max(g.right - targetFrom - 8, (g.right - g.left) / 2);
    const lines = wrapMeasured(model.noFigure, room, layout.maxFont);
    // In the half of the plot the target line leaves free, so the two never cross.
    const targetLow = targetY > (g.top + g.bottom) / 2;
    const first = round(
      targetLow
        ? g.top + (g.bottom - g.top) * 0.3
        : g.bottom - (g.bottom - g.top) * 0.3 - (lines.length - 1) * font * 1.3,
    );
    const centre = round(Math.min((targetFrom + g.right) / 2, g.right - 4 - room / 2));
    lines.forEach((line, index) =>
      space.reserve({ text: line, x: centre, y: first, em: index * 1.3, anchor: 'middle' }),
    );
    parts.push(
      `<text text-anchor="middle" fill="${palette.inkSoft}">${lines.map((line, index) => `<tspan x="${centre}" ${index === 0 ? `y="${first}"` : layout.standalone ? `y="${round(first + index * font * 1.3)}"` : 'dy="1.3em"'}>${escapeXml(line)}</tspan>`).join('')}</text>`,
    );
  }
  // Each figure's value above its mark, or below it, beside it, or higher up; then what a period figure covers, under its line or above.
  const ordered = byLabelPriority(model.figures);
  for (const figure of ordered) {
    const cx = g.x(figure.x);
    const cy = g.y(figure.value);
    const label = {
      text: figure.label,
      x: clampCentre(cx, figure.label, layout, g, true),
      anchor: 'middle',
      bold: true,
      fill: colourOf(figure),
    } as const;
    const beside = { text: figure.label, bold: true, fill: colourOf(figure), y: cy, em: 0.35 } as const;
    space.tryPut(
      { ...label, y: cy - 12 },
      { ...label, y: cy + 12, em: 0.9 },
      { ...beside, x: cx + 11, anchor: 'start' },
      { ...beside, x: cx - 11, anchor: 'end' },
      { ...label, y: cy - 12, em: -1.2 },
    );
  }
  for (const figure of ordered) {
    if (!figure.periodLabel) continue;
    const cx = g.x(figure.x);
    const cy = g.y(figure.value);
    const label = {
      text: figure.periodLabel,
      x: clampCentre(cx, figure.periodLabel, layout, g),
      anchor: 'middle',
      fill: palette.inkSoft,
    } as const;
    space.tryPut(
      { ...label, y: cy + 12, em: 0.9 },
      { ...label, y: cy + 12, em: 2.1 },
      { ...label, y: cy - 12, em: -1.2 },
      { ...label, y: cy - 12, em: -2.4 },
    );
  }
  if (layout.standalone) fileFooter(model, layout, g, space, parts);
  parts.push(...space.labels.map((label) => labelSvg(label, layout)));
  const attributes = layout.standalone
    ? `xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" font-family="${fileFontStack}" font-size="${font}" fill="${palette.ink}"`
    : `viewBox="0 0 ${width} ${height}" font-size="${font}" fill="${palette.ink}" class="chart__svg" aria-hidden="true"`;
  const title = layout.standalone ? `<title>${escapeXml(model.title)}</title>` : '';
  return `<svg ${attributes}>${title}${parts.join('')}</svg>`;
}

/** The key, the phases, the date and the credit, written under the chart of a file that travels without its page. */
function fileFooter(
  model: MetricChartModel,
  layout: SvgLayout,
  g: ReturnType<typeof plotGeometry>,
  space: LabelSpace,
  parts: string[],
): void {
  const line = layout.font + 8;
  let y = g.bottom + layout.font + 14 + line;
  const places = keyPlaces(model, layout);
  keyEntries(model).forEach(({ label, shape, colour }, index) => {
    const { row, x } = places[index]!;
    const at = y + row * line;
    parts.push(
      shape
        ? markerSvg(shape, x + 8, at, colour!)
        : `<path d="M${x} ${at}h16" stroke="${palette.target}" stroke-width="2.5" stroke-dasharray="6 3"/>`,
    );
    space.put({ text: label, x: x + 22, y: round(at + layout.font * 0.35) });
  });
  y += (g.rows.key - 1) * line;
  for (const [rows, sizeOffset] of [
    [g.rows.phases, -1],
    [g.rows.asOf, -1],
    [g.rows.credit, -2],
  ] as const) {
    for (const text of rows) {
      y += line;
      space.put({ text, x: 12, y: round(y + layout.font * 0.35), sizeOffset, fill: palette.inkSoft });
    }
  }
}
