/**
 * The Chart.js configuration of a metric chart model, for the chart drawn in
 * the browser: the same figures, marks, axes and target as the static SVG.
 * Imports only Chart.js types, so it is safe to bundle for the browser.
 */
import type { ChartConfiguration, ChartDataset, Plugin } from 'chart.js';
import type { MetricChartModel, PlottedFigure } from './model';
import { palette } from './palette';

/** A plotted point: where the model puts it, with the model's tooltip lines. */
export interface LinePoint {
  x: number;
  y: number;
  label: string[];
}

/** The datasets that hold figures: the ones before the plan and in it, right after the target line. Tooltips and the explorer's keys visit only these. */
export const isFigureDataset = (datasetIndex: number) => datasetIndex === 1 || datasetIndex === 2;

const pointOf = (figure: PlottedFigure): LinePoint => ({ x: figure.x, y: figure.value, label: figure.details });

export function lineConfig(model: MetricChartModel): ChartConfiguration<'line', LinePoint[]> {
  const series = (
    kind: PlottedFigure['kind'],
    colour: string,
    label: string,
    line: boolean,
  ): ChartDataset<'line', LinePoint[]> => {
    const figures = model.figures.filter((figure) => figure.kind === kind);
    return {
      label,
      data: figures.map(pointOf),
      borderColor: colour,
      backgroundColor: colour,
      showLine: line,
      borderWidth: 3,
      pointStyle: figures.map((figure) => figure.marker),
      pointRadius: 7,
      pointHoverRadius: 9,
    };
  };
  const spans: ChartDataset<'line', LinePoint[]>[] = model.figures
    .filter((figure) => figure.span)
    .map((figure) => ({
      label: figure.periodLabel ?? '',
      data: [figure.span!.from, figure.span!.to].map((x) => ({ x, y: figure.value, label: figure.details })),
      borderColor: figure.kind === 'baseline' ? palette.baseline : palette.figure,
      borderWidth: 3,
      pointRadius: 0,
      pointHitRadius: 0,
    }));
  // The plan's phases as bands with their symbols behind the figures, as in the static chart.
  const phaseBands: Plugin<'line'> = {
    id: 'phaseBands',
    beforeDatasetsDraw(chart) {
      const { ctx, chartArea, scales } = chart;
      ctx.save();
      for (const [index, phase] of model.phases.entries()) {
        const from = Math.max(chartArea.left, scales.x!.getPixelForValue(phase.from));
        const to = Math.min(chartArea.right, scales.x!.getPixelForValue(phase.to));
        if (to <= from) continue;
        ctx.fillStyle = palette.phase[index % palette.phase.length]!;
        ctx.fillRect(from, chartArea.top, to - from, chartArea.bottom - chartArea.top);
        ctx.fillStyle = palette.inkSoft;
        ctx.textAlign = 'center';
        ctx.textBaseline = 'bottom';
        ctx.fillText(phase.symbol, (from + to) / 2, chartArea.top - 4);
      }
      ctx.restore();
    },
  };
  const noFigure: Plugin<'line'> = {
    id: 'noFigure',
    afterDatasetsDraw(chart) {
      if (!model.noFigure) return;
      const { ctx, chartArea, scales } = chart;
      const left = Math.max(chartArea.left, scales.x!.getPixelForValue(model.target.from));
      ctx.save();
      ctx.textAlign = 'center';
      ctx.textBaseline = 'middle';
      // Centred over the plan year, but never cut off at the plot's right edge when the year is narrow.
      const half = ctx.measureText(model.noFigure).width / 2;
      const centre = Math.min(Math.max((left + chartArea.right) / 2, chartArea.left + half), chartArea.right - half);
      ctx.fillText(model.noFigure, centre, (chartArea.top + chartArea.bottom) / 2 + 24);
      ctx.restore();
    },
  };
  return {
    type: 'line',
    data: {
      datasets: [
        {
          label: model.target.legend,
          data: [model.target.from, model.target.to].map((x) => ({
            x,
            y: model.target.value,
            label: [model.target.legend],
          })),
          borderColor: palette.target,
          backgroundColor: palette.target,
          borderDash: [8, 5],
          borderWidth: 2.5,
          pointRadius: 0,
          pointHitRadius: 0,
          pointStyle: 'line',
        },
        series('baseline', palette.baseline, model.legend.baseline, false),
        series('progress', palette.figure, model.legend.progress, true),
        ...spans,
      ],
    },
    plugins: [phaseBands, noFigure],
    options: {
      animation: false,
      // Room above the plot for the phase symbols.
      layout: { padding: { top: 18 } },
      scales: {
        x: {
          type: 'linear',
          min: model.x.min,
          max: model.x.max,
          afterBuildTicks: (axis) => {
            axis.ticks = model.x.ticks.map((tick) => ({ value: tick.value }));
          },
          ticks: {
            autoSkip: false,
            maxRotation: 0,
            callback: (value) => model.x.ticks.find((tick) => tick.value === value)?.label ?? '',
          },
        },
        y: {
          min: model.y.min,
          max: model.y.max,
          afterBuildTicks: (axis) => {
            axis.ticks = model.y.ticks.map((tick) => ({ value: tick.value }));
          },
          ticks: { callback: (value) => model.y.ticks.find((tick) => tick.value === value)?.label ?? '' },
        },
      },
      plugins: {
        // The figure's key in HTML (ChartFigure.astro) stays beside the canvas and names the same
        // lines and marks; a second key drawn in the canvas repeated it (UX review M7).
        legend: { display: false },
        // Opaque: Chart.js's default is 80% black, through which the figures under it showed as dark
        // squares (UX review M7).
        tooltip: { backgroundColor: palette.ink },
      },
    },
  };
}
