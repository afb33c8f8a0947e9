/**
 * The Chart.js configuration for several metrics at once: the share of each
 * target reached, as horizontal bars, with each status written at the end of
 * its row. A metric without a figure gets words, never a zero-length bar.
 */
import type { ChartConfiguration, Plugin } from 'chart.js';
import type { TFunction } from 'i18next';
import { formatDate, formatPercent, formatShare } from '../format';
import type { Lang } from '../locale';
import type { Assessment } from '../progress';
import type { Metric } from '../schema/metrics';
import type { ChartSpec } from './metric-chart';
import { chartFont, palette, statusColour, statusSymbol } from './palette';
import { chartSizes, type ChartSize } from './sizes';
import { wrapText } from './text';

export interface ShareChartInput {
  title: string;
  metrics: readonly Metric[];
  assessments: readonly Assessment[];
  lang: Lang;
  t: TFunction;
  asOf: string;
  size: ChartSize;
}

/** Bars stop here; a larger share is still written out in full. */
export const SHARE_AXIS_MAX = 120;

export function shareChart({ title, metrics, assessments, lang, t, asOf, size }: ShareChartInput): ChartSpec {
  const { width, font } = chartSizes[size];
  const narrow = size === 'narrow';
  const labelWidth = narrow ? (lang === 'zh' ? 12 : 22) : lang === 'zh' ? 16 : 34;
  const labels = metrics.map((metric) => wrapText(metric.name[lang], labelWidth, lang));
  const lineCount = labels.reduce((sum, lines) => sum + Math.max(lines.length, 1), 0);
  const height = Math.round(120 + lineCount * (font + 6) + metrics.length * 14);
  const shares = assessments.map((assessment) => (assessment.share === undefined ? null : Math.max(0, Math.min(SHARE_AXIS_MAX, assessment.share * 100))));
  const rowText = (assessment: Assessment) =>
    assessment.share === undefined
      ? `${statusSymbol[assessment.status]} ${t(`status.${assessment.status}`)}`
      : `${formatShare(assessment, lang)} ${statusSymbol[assessment.status]} ${t(`status.${assessment.status}`)}`;

  const rowLabels: Plugin<'bar'> = {
    id: 'rowLabels',
    afterDatasetsDraw(chart) {
      const { ctx, chartArea, scales } = chart;
      const x = scales.x!;
      const y = scales.y!;
      ctx.save();
      // The target, as the 100% line.
      const full = x.getPixelForValue(100);
      ctx.strokeStyle = palette.target;
      ctx.setLineDash([6, 4]);
      ctx.lineWidth = 2;
      ctx.beginPath();
      ctx.moveTo(full, chartArea.top);
      ctx.lineTo(full, chartArea.bottom);
      ctx.stroke();
      ctx.setLineDash([]);
      ctx.font = `${font - 1}px "${chartFont}"`;
      ctx.textBaseline = 'middle';
      assessments.forEach((assessment, index) => {
        const share = shares[index] ?? null;
        const barEnd = share === null ? chartArea.left : x.getPixelForValue(share);
        const text = rowText(assessment);
        const textWidth = ctx.measureText(text).width;
        const fitsAfter = barEnd + 6 + textWidth <= chartArea.right;
        ctx.fillStyle = share === null ? palette.inkSoft : fitsAfter ? palette.ink : palette.paper;
        ctx.textAlign = fitsAfter ? 'left' : 'right';
        ctx.fillText(text, fitsAfter ? barEnd + 6 : barEnd - 6, y.getPixelForValue(index));
      });
      ctx.restore();
    },
  };

  return {
    width,
    height,
    config: {
      type: 'bar',
      data: {
        labels,
        datasets: [
          {
            label: t('charts.share'),
            data: shares,
            backgroundColor: assessments.map((assessment) => statusColour[assessment.status]),
            borderWidth: 0,
            barThickness: Math.round(font * 1.3),
          },
        ],
      },
      options: {
        indexAxis: 'y',
        responsive: false,
        animation: false,
        layout: { padding: { top: 4, right: 16, bottom: 4, left: 4 } },
        scales: {
          x: {
            min: 0,
            max: SHARE_AXIS_MAX,
            grid: { color: palette.grid },
            ticks: { stepSize: narrow ? 40 : 20, maxRotation: 0, color: palette.inkSoft, font: { size: font - 1 }, callback: (value) => formatPercent(Number(value), lang, 0) },
            title: { display: true, text: t('charts.shareAxis'), color: palette.inkSoft, font: { size: font - 1 } },
          },
          y: { grid: { display: false }, ticks: { color: palette.ink, font: { size: font - 1 }, autoSkip: false } },
        },
        plugins: {
          title: { display: true, text: wrapText(title, narrow ? (lang === 'zh' ? 20 : 40) : 80, lang), color: palette.ink, font: { size: font + 3, weight: 'bold' }, align: 'start' },
          subtitle: { display: true, position: 'bottom', align: 'start', color: palette.inkSoft, font: { size: font - 2 }, text: t('charts.asOf', { date: formatDate(asOf, lang) }) },
          legend: { display: false },
          tooltip: { enabled: false },
        },
      },
      plugins: [rowLabels],
    } as ChartConfiguration,
  };
}
