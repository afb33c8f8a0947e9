/**
 * Draws a share chart model as a downloadable SVG file with real text: one
 * row per metric, bars coloured by status with the status also written out,
 * the target as the 100% line. On the page the same model is HTML (ShareBars).
 */
import { palette } from './palette';
import { SHARE_AXIS_MAX, type ShareChartModel } from './share-model';
import { fileFontStack } from './svg';
import { escapeXml } from '../xml';
import { wrapToWidth } from './text';

const WIDTH = 800;
const FONT = 14;
const LINE = FONT + 6;

/** A share chart as an SVG file, with its credit line (site, address, licence) under the date when given. */
export function shareChartSvg(model: ShareChartModel, credit?: string): string {
  const labelWidth = 300;
  const left = labelWidth + 20;
  const right = WIDTH - 190;
  const x = (percent: number) => Math.round((left + (percent / SHARE_AXIS_MAX) * (right - left)) * 10) / 10;
  const title = wrapToWidth(model.title, WIDTH - 24, FONT + 4);
  let y = 16 + title.length * (FONT + 10) + 16;
  const top = y;
  const rows: string[] = [];
  for (const row of model.rows) {
    const lines = wrapToWidth(row.name, labelWidth, FONT);
    const height = Math.max(lines.length * LINE, 26) + 8;
    const middle = y + height / 2;
    lines.forEach((line, index) => rows.push(`<text x="12" y="${Math.round(middle - ((lines.length - 1) * LINE) / 2 + index * LINE + FONT * 0.35)}">${escapeXml(line)}</text>`));
    const bar = row.bar ?? row.start?.bar;
    if (bar !== undefined) rows.push(`<rect x="${left}" y="${middle - 8}" width="${x(bar) - left}" height="16" fill="${row.bar === undefined ? palette.grid : row.colour}"/>`);
    const text = row.bar === undefined && row.start ? `${row.text} · ${row.start.text}` : row.text;
    rows.push(
      `<text x="${(bar === undefined ? left : x(bar)) + 6}" y="${Math.round(middle + FONT * 0.35)}" font-size="${FONT - 1}" fill="${palette.inkSoft}">${escapeXml(text)}</text>`,
    );
    y += height;
  }
  const bottom = y;
  const ticks = [0, 20, 40, 60, 80, 100, 120];
  const grid = ticks.map((tick) => `M${x(tick)} ${top}V${bottom}`).join('');
  const tickLabels = ticks
    .map((tick) => `<text x="${x(tick)}" y="${bottom + FONT + 6}" text-anchor="middle" font-size="${FONT - 1}" fill="${palette.inkSoft}">${tick}%</text>`)
    .join('');
  const height = bottom + (credit ? 4 : 3) * LINE + 24;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${WIDTH} ${height}" width="${WIDTH}" height="${height}" font-family="${fileFontStack}" font-size="${FONT}" fill="${palette.ink}">`,
    `<title>${escapeXml(model.title)}</title><rect width="${WIDTH}" height="${height}" fill="${palette.paper}"/>`,
    ...title.map((line, index) => `<text x="12" y="${16 + (index + 1) * (FONT + 10) - 6}" font-size="${FONT + 4}" font-weight="700">${escapeXml(line)}</text>`),
    `<path d="${grid}" stroke="${palette.grid}" fill="none"/>`,
    ...rows,
    `<path d="M${x(100)} ${top}V${bottom}" stroke="${palette.target}" stroke-width="2" stroke-dasharray="6 4"/>`,
    tickLabels,
    `<text x="${left}" y="${bottom + 2 * LINE + 4}" font-size="${FONT - 1}" fill="${palette.inkSoft}">${escapeXml(model.axisLabel)}</text>`,
    `<text x="12" y="${bottom + 3 * LINE + 8}" font-size="${FONT - 1}" fill="${palette.inkSoft}">${escapeXml(model.asOf)}</text>`,
    credit ? `<text x="12" y="${bottom + 4 * LINE + 8}" font-size="${FONT - 2}" fill="${palette.inkSoft}">${escapeXml(credit)}</text>` : '',
    '</svg>',
  ].join('');
}
