/**
 * The Chart.js configuration for one metric: its published figures over
 * time, the target as a line across the plan year, the plan's phases as
 * bands. Pure: the same metric and language always give the same chart.
 */
import type { ChartConfiguration, Plugin } from 'chart.js';
import type { TFunction } from 'i18next';
import { formatDate, formatFigure, formatNumber, formatTarget } from '../format';
import type { Lang } from '../locale';
import type { Period } from '../progress';
import type { Metric, Observation } from '../schema/metrics';
import type { Phase } from '../schema/plan';
import { chartFont, palette } from './palette';
import { chartSizes, type ChartSize } from './sizes';
import { wrapItems, wrapText } from './text';

export interface MetricChartInput {
  metric: Metric;
  lang: Lang;
  t: TFunction;
  period: Period;
  phases: readonly Phase[];
  asOf: string;
  size: ChartSize;
}

export interface ChartSpec {
  width: number;
  height: number;
  config: ChartConfiguration;
}

type Point = { x: number; y: number; observation: Observation };

/** A YYYY-MM-DD date as milliseconds at UTC midnight: the x value of every chart. */
export const time = (date: string) => Date.parse(`${date}T00:00:00Z`);
const monthStart = (month: string) => time(`${month}-01`);
const monthEnd = (month: string) => {
  const [year, monthNumber] = month.split('-').map(Number) as [number, number];
  return Date.UTC(year, monthNumber, 1);
};

/** The figures a chart plots: a "new" measure counts from zero in the plan year, so a level from before it is not on its scale. */
export function plottedObservations(metric: Metric): Observation[] {
  return metric.observations
    .filter((observation) => observation.kind === 'progress' || metric.measure !== 'new')
    .sort((a, b) => a.date.localeCompare(b.date));
}

/** The span a metric chart covers: from 1 January of its first figure's year (or the period's) to the end of the period. */
export function timeDomain(metric: Metric, period: Period): { min: number; max: number } {
  const observations = plottedObservations(metric);
  const first = observations[0] ? Math.min(time(observations[0].date), time(period.start)) : time(period.start);
  return { min: Date.UTC(new Date(first).getUTCFullYear(), 0, 1), max: time(period.end) + 86_400_000 };
}

/** Tick positions: 1 January of each year, and each quarter when the chart spans little more than the plan year. */
export function timeTicks(min: number, max: number): number[] {
  const first = new Date(min).getUTCFullYear();
  const last = new Date(max).getUTCFullYear();
  const quarterly = last - first <= 1;
  const ticks: number[] = [];
  for (let year = first; year <= last + 1; year += 1) {
    for (const month of quarterly ? [0, 3, 6, 9] : [0]) {
      const tick = Date.UTC(year, month, 1);
      if (tick >= min && tick <= max) ticks.push(tick);
    }
  }
  return ticks;
}

export function tickLabel(value: number, lang: Lang): string {
  const date = new Date(value);
  const month = date.getUTCMonth();
  if (lang === 'zh') return month === 0 ? `${date.getUTCFullYear()}年` : `${month + 1}月`;
  return month === 0 ? String(date.getUTCFullYear()) : new Intl.DateTimeFormat('en-US', { month: 'short', timeZone: 'UTC' }).format(date);
}

export function metricChart({ metric, lang, t, period, phases, asOf, size }: MetricChartInput): ChartSpec {
  const { width, height, font } = chartSizes[size];
  const observations = plottedObservations(metric);
  const points = (kind: Observation['kind']): Point[] =>
    observations.filter((observation) => observation.kind === kind).map((observation) => ({ x: time(observation.date), y: observation.value, observation }));
  const baseline = points('baseline');
  const progress = points('progress');
  const { min, max } = timeDomain(metric, period);
  const values = [metric.target.value, ...observations.map((observation) => observation.value)];
  const target = formatTarget(metric.target, metric.measure, metric.unit, lang);
  const axisNumber = (value: number) => (metric.unit.en === '%' ? `${formatNumber(value, lang)}%` : formatNumber(value, lang));
  const label = (point: Point) => formatFigure(point.observation.value, point.observation.bound, metric.unit, lang);
  const phaseKey = [t('charts.phases').trim(), ...phases.map((phase, index) => `${'①②③④⑤'[index]}${phase.name[lang]}`)];

  const phaseBands: Plugin<'line'> = {
    id: 'phaseBands',
    beforeDatasetsDraw(chart) {
      const { ctx, chartArea, scales } = chart;
      const x = scales.x!;
      ctx.save();
      phases.forEach((phase, index) => {
        const left = Math.max(chartArea.left, x.getPixelForValue(monthStart(phase.start)));
        const right = Math.min(chartArea.right, x.getPixelForValue(monthEnd(phase.end)));
        ctx.fillStyle = palette.phase[index % palette.phase.length]!;
        ctx.fillRect(left, chartArea.top, right - left, chartArea.bottom - chartArea.top);
        ctx.strokeStyle = palette.grid;
        ctx.lineWidth = 1;
        ctx.beginPath();
        ctx.moveTo(left, chartArea.top);
        ctx.lineTo(left, chartArea.bottom);
        ctx.stroke();
        ctx.fillStyle = palette.inkSoft;
        ctx.font = `${font - 1}px "${chartFont}"`;
        ctx.textAlign = 'center';
        ctx.textBaseline = 'top';
        ctx.fillText('①②③④⑤'[index]!, (left + right) / 2, chartArea.top + 4);
      });
      ctx.restore();
    },
  };

  const annotations: Plugin<'line'> = {
    id: 'annotations',
    afterDatasetsDraw(chart) {
      const { ctx, chartArea, scales } = chart;
      const x = scales.x!;
      const y = scales.y!;
      ctx.save();
      ctx.font = `600 ${font}px "${chartFont}"`;
      ctx.textBaseline = 'bottom';
      // Each figure's value, written beside it: a static chart has no tooltips.
      for (const point of [...baseline, ...progress]) {
        const px = x.getPixelForValue(point.x);
        const py = y.getPixelForValue(point.y);
        const text = label(point);
        ctx.fillStyle = point.observation.kind === 'baseline' ? palette.baseline : palette.figure;
        ctx.textAlign = px > chartArea.right - 80 ? 'right' : px < chartArea.left + 80 ? 'left' : 'center';
        ctx.fillText(text, px, py - 10);
      }
      // The target, named at the end of its line.
      ctx.fillStyle = palette.target;
      ctx.textAlign = 'right';
      ctx.fillText(t('charts.targetLabel', { target }), chartArea.right - 4, y.getPixelForValue(metric.target.value) - 6);
      if (progress.length === 0) {
        // Never drawn as zero: no figure is said in words where the figures would be.
        const left = Math.max(chartArea.left, x.getPixelForValue(time(period.start)));
        ctx.fillStyle = palette.inkSoft;
        ctx.font = `${font}px "${chartFont}"`;
        ctx.textAlign = 'center';
        ctx.textBaseline = 'middle';
        const lines = wrapText(t('charts.noFigure', { year: period.start.slice(0, 4) }), size === 'narrow' ? 14 : 24, lang);
        const middle = (chartArea.top + chartArea.bottom) / 2 + font * 2;
        lines.forEach((line, index) => ctx.fillText(line, (left + chartArea.right) / 2, middle + index * (font + 4)));
      }
      ctx.restore();
    },
  };

  return {
    width,
    height,
    config: {
      type: 'line',
      data: {
        datasets: [
          {
            label: t('charts.target', { target }),
            data: [
              { x: time(period.start), y: metric.target.value },
              { x: max, y: metric.target.value },
            ],
            borderColor: palette.target,
            backgroundColor: palette.target,
            borderDash: [8, 5],
            borderWidth: 2.5,
            pointRadius: 0,
            pointStyle: 'line',
          },
          {
            label: t('charts.baseline'),
            data: baseline,
            borderColor: palette.baseline,
            backgroundColor: palette.baseline,
            showLine: false,
            pointStyle: baseline.map((point) => (point.observation.bound === 'over' ? 'triangle' : 'rect')),
            pointRadius: 7,
          },
          {
            label: t('charts.progress'),
            data: progress,
            borderColor: palette.figure,
            backgroundColor: palette.figure,
            borderWidth: 3,
            pointStyle: progress.map((point) => (point.observation.bound === 'over' ? 'triangle' : 'circle')),
            pointRadius: 6,
          },
        ],
      },
      options: {
        responsive: false,
        animation: false,
        layout: { padding: { top: 4, right: 12, bottom: 4, left: 4 } },
        color: palette.ink,
        scales: {
          x: {
            type: 'linear',
            min,
            max,
            grid: { color: palette.grid },
            afterBuildTicks: (axis) => {
              axis.ticks = timeTicks(min, max).map((value) => ({ value }));
            },
            ticks: { color: palette.inkSoft, font: { size: font - 1 }, autoSkip: false, maxRotation: 0, callback: (value) => tickLabel(Number(value), lang) },
          },
          y: {
            beginAtZero: true,
            suggestedMax: Math.max(...values) * 1.18,
            grid: { color: palette.grid },
            ticks: { color: palette.inkSoft, font: { size: font - 1 }, maxTicksLimit: 6, callback: (value) => axisNumber(Number(value)) },
          },
        },
        plugins: {
          title: { display: true, text: wrapText(metric.name[lang], size === 'narrow' ? (lang === 'zh' ? 18 : 36) : 60, lang), color: palette.ink, font: { size: font + 3, weight: 'bold' }, align: 'start' },
          subtitle: {
            display: true,
            position: 'bottom',
            align: 'start',
            color: palette.inkSoft,
            font: { size: font - 2 },
            text: [...wrapItems(phaseKey, size === 'narrow' ? (lang === 'zh' ? 24 : 48) : 120, lang === 'zh' ? ' ' : '  '), t('charts.asOf', { date: formatDate(asOf, lang) })],
          },
          legend: {
            position: 'bottom',
            align: 'start',
            labels: { usePointStyle: true, color: palette.ink, font: { size: font - 1 }, filter: (item, data) => (data.datasets[item.datasetIndex ?? 0]?.data.length ?? 0) > 0 },
          },
          tooltip: { enabled: false },
        },
      },
      plugins: [phaseBands, annotations],
    } as ChartConfiguration,
  };
}
