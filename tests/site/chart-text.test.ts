/**
 * Every text of every chart the build made lies inside its drawing and clear
 * of every other text, measured in the shipped chart font: the chart files
 * (SVG, and the PNGs at 1× and 2× drawn from them) and the charts inline on
 * the pages, at the desktop font and at the phone's.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, inject, it } from 'vitest';
import { inlineLayout } from '../../src/lib/charts/metric-svg';
import { svgTexts, textProblems } from '../support/chart-text';
import { builtFiles, builtPages } from '../support/pages';

const distDir = inject('distDir');
const files = builtFiles(distDir);
const svgFiles = files.filter((path) => /\/charts\/[^/]+\.svg$/.test(path));
const read = (path: string) => readFileSync(`${distDir}${path}`, 'utf8');
/** The size of a PNG, from its header. */
const pngSize = (path: string) => {
  const bytes = readFileSync(`${distDir}${path}`);
  return [bytes.readUInt32BE(16), bytes.readUInt32BE(20)];
};

describe('chart text', () => {
  it('fits and never overlaps in every chart file, in both languages', () => {
    expect(svgFiles.length).toBeGreaterThan(40);
    expect(svgFiles.some((path) => path.startsWith('/en/'))).toBe(true);
    const problems = svgFiles.flatMap((path) => textProblems(read(path)).map((problem) => `${path}: ${problem}`));
    expect(problems).toEqual([]);
  });

  it('is the same in the PNGs at 1× and 2×: each is drawn from its SVG at that scale', () => {
    for (const path of svgFiles) {
      const { canvas } = svgTexts(read(path));
      expect(pngSize(path.replace(/\.svg$/, '.png')), path).toEqual([canvas.right, canvas.bottom]);
      expect(pngSize(path.replace(/\.svg$/, '@2x.png')), path).toEqual([canvas.right * 2, canvas.bottom * 2]);
    }
  });

  it('fits and never overlaps in the charts on the pages, at the desktop font and at the phone font', () => {
    const charts = builtPages(distDir).flatMap((page) =>
      [...read(`${page}index.html`).matchAll(/<svg[^>]*class="chart__svg"[\s\S]*?<\/svg>/g)].map((match) => ({
        page,
        svg: match[0],
      })),
    );
    expect(charts.length).toBeGreaterThan(20);
    const problems = charts.flatMap(({ page, svg }) => [
      ...textProblems(svg, { fontSize: inlineLayout.font }).map((problem) => `${page} (desktop): ${problem}`),
      ...textProblems(svg, { fontSize: inlineLayout.maxFont, hideMinor: true }).map(
        (problem) => `${page} (phone): ${problem}`,
      ),
    ]);
    expect(problems).toEqual([]);
  });
});
