/**
 * Draws a metric chart in the browser with tooltips, for readers who ask for
 * it: the chart model's own Chart.js configuration, plus tooltips and a size
 * that follows the page. Loaded on demand; imports only the Chart.js parts it uses.
 */
import { Chart, Legend, LinearScale, LineController, LineElement, PointElement, Tooltip } from 'chart.js';
import { isFigureDataset, lineConfig, type LinePoint } from '../lib/charts/chartjs-config';
import type { MetricChartModel } from '../lib/charts/model';
import { wrapText } from '../lib/charts/label-fit';

Chart.register(LineController, LineElement, PointElement, LinearScale, Tooltip, Legend);

export function drawInteractiveChart(canvas: HTMLCanvasElement, model: MetricChartModel): Chart<'line', LinePoint[]> {
  // In the browser the chart is drawn in the page's own (system) fonts.
  Chart.defaults.font.family = getComputedStyle(canvas).fontFamily;
  Chart.defaults.color = getComputedStyle(canvas).color;
  const config = lineConfig(model);
  // On a phone the chart is square enough to read, and tooltip lines wrap to stay inside it.
  const width = canvas.parentElement?.clientWidth ?? 800;
  const narrow = width < 560;
  // On a phone the tooltip takes at most about half the chart's width, so the figures beside it stay in view.
  const tooltipChars = Math.max(14, Math.floor((width * (narrow ? 0.5 : 0.8)) / (model.lang === 'zh' ? 13 : 7)));
  // On a phone, year labels would run into each other: every other one is left out until they fit.
  const labelled = model.x.ticks.filter((tick) => !tick.minor);
  const step = narrow ? Math.ceil(labelled.length / 5) : 1;
  const shown = new Set(labelled.filter((_tick, index) => index % step === 0).map((tick) => tick.value));
  const xScale = (config.options!.scales as { x: { ticks: { callback: (value: number | string) => string } } }).x;
  return new Chart(canvas, {
    ...config,
    options: {
      ...config.options,
      scales: {
        ...config.options!.scales,
        x: {
          ...xScale,
          ticks: {
            ...xScale.ticks,
            callback: (value) => (!narrow || shown.has(Number(value)) ? xScale.ticks.callback(value) : ''),
          },
        },
      },
      responsive: true,
      maintainAspectRatio: true,
      aspectRatio: narrow ? 1 : 16 / 9,
      interaction: { mode: 'nearest', intersect: false },
      plugins: {
        ...config.options!.plugins,
        tooltip: {
          filter: (item) => isFigureDataset(item.datasetIndex),
          // Keep the tooltip inside the chart: Chart.js flips it at the edges when it fits.
          position: 'nearest',
          caretPadding: 6,
          bodyFont: { size: narrow ? 11 : 12 },
          callbacks: {
            title: () => '',
            label: (item) => (item.raw as LinePoint).label.flatMap((line) => wrapText(line, tooltipChars, model.lang)),
          },
        },
      },
    },
  });
}

/** Every figure the chart plots, in dataset order: the points the explorer's arrow keys step through. */
export function figurePoints(chart: Chart<'line', LinePoint[]>): { datasetIndex: number; index: number }[] {
  return chart.data.datasets.flatMap((dataset, datasetIndex) =>
    isFigureDataset(datasetIndex) ? dataset.data.map((_point, index) => ({ datasetIndex, index })) : [],
  );
}
