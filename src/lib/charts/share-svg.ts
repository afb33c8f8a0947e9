/**
 * Draws a share chart model as a downloadable SVG file with real text: one
 * row per metric, its name on the left; on the right a bar coloured by
 * status, the target marked as the 100% line at the bar's height, and the
 * share and status written out under the bar. Every text is measured in the
 * shipped chart font (measure.ts) and wrapped to its column, so none is cut
 * and no line crosses one. On the page the same model is HTML (ShareBars).
 */
import { palette } from './palette';
import { SHARE_AXIS_MAX, type ShareChartModel } from './share-model';
import { creditKeep, fileFontStack } from './metric-svg';
import { escapeXml } from '../outputs/xml';
import { wrapMeasured } from './measure';

const WIDTH = 800;
const FONT = 14;
const LINE = FONT + 6;
const BAR = 16;

const text = (content: string, x: number, y: number, size: number, fill: string = palette.ink, extra = '') =>
  `<text x="${x}" y="${Math.round(y)}"${size === FONT ? '' : ` font-size="${size}"`}${fill === palette.ink ? '' : ` fill="${fill}"`}${extra}>${escapeXml(content)}</text>`;

/** A share chart as an SVG file, with its credit line (site, address, licence) under the date when given. */
export function shareChartSvg(model: ShareChartModel, credit?: string): string {
  const labelWidth = 290;
  const left = labelWidth + 24;
  const right = WIDTH - 30;
  const x = (percent: number) => Math.round((left + (percent / SHARE_AXIS_MAX) * (right - left)) * 10) / 10;
  const ticks = [0, 20, 40, 60, 80, 100, 120];
  const title = wrapMeasured(model.title, WIDTH - 24, FONT + 4, { bold: true });
  let y = 16 + title.length * (FONT + 10) + 16;
  const top = y;
  const parts: string[] = [];
  for (const row of model.rows) {
    const name = wrapMeasured(row.name, labelWidth, FONT);
    const bar = row.bar ?? row.start?.bar;
    const said = wrapMeasured(
      row.bar === undefined && row.start ? `${row.text} · ${row.start.text}` : row.text,
      right - left,
      FONT - 1,
    );
    // The bar's band, then the words under it: the gridlines and the target mark stay in the band, clear of the words.
    const band = { top: y + 6, bottom: y + 6 + BAR + 4 };
    const height = Math.max(name.length * LINE, band.bottom - y + said.length * LINE) + 10;
    name.forEach((line, index) => parts.push(text(line, 12, y + 6 + FONT * 0.9 + index * LINE, FONT)));
    parts.push(
      `<path d="${ticks.map((tick) => `M${x(tick)} ${band.top}V${band.bottom}`).join('')}" stroke="${palette.grid}" fill="none"/>`,
    );
    if (bar !== undefined)
      parts.push(
        `<rect x="${left}" y="${band.top + 2}" width="${x(bar) - left}" height="${BAR}" fill="${row.bar === undefined ? palette.grid : row.colour}"/>`,
      );
    parts.push(
      `<path d="M${x(100)} ${band.top - 2}V${band.bottom + 2}" stroke="${palette.target}" stroke-width="2" stroke-dasharray="4 3"/>`,
    );
    said.forEach((line, index) =>
      parts.push(text(line, left, band.bottom + FONT * 0.9 + 2 + index * LINE, FONT - 1, palette.inkSoft)),
    );
    y += height;
  }
  const bottom = y;
  parts.push(`<path d="M${left} ${top}V${bottom}" stroke="${palette.grid}" fill="none"/>`);
  const tickLabels = ticks
    .map((tick) => text(`${tick}%`, x(tick), bottom + FONT + 4, FONT - 1, palette.inkSoft, ' text-anchor="middle"'))
    .join('');
  const notes = [
    ...wrapMeasured(model.axisLabel, WIDTH - 24, FONT - 1).map((line) => ({ line, size: FONT - 1 })),
    ...wrapMeasured(model.asOf, WIDTH - 24, FONT - 1).map((line) => ({ line, size: FONT - 1 })),
    ...(credit ? wrapMeasured(credit, WIDTH - 24, FONT - 2, { keep: creditKeep(credit) }) : []).map((line) => ({
      line,
      size: FONT - 2,
    })),
  ];
  const notesTop = bottom + FONT + 4 + LINE;
  const height = Math.round(notesTop + notes.length * LINE + 8);
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${WIDTH} ${height}" width="${WIDTH}" height="${height}" font-family="${fileFontStack}" font-size="${FONT}" fill="${palette.ink}">`,
    `<title>${escapeXml(model.title)}</title><rect width="${WIDTH}" height="${height}" fill="${palette.paper}"/>`,
    ...title.map((line, index) =>
      text(line, 12, 16 + (index + 1) * (FONT + 10) - 6, FONT + 4, palette.ink, ' font-weight="700"'),
    ),
    ...parts,
    tickLabels,
    ...notes.map(({ line, size }, index) => text(line, 12, notesTop + index * LINE + 4, size, palette.inkSoft)),
    '</svg>',
  ].join('');
}
