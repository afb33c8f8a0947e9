/**
 * Draws a metric chart in the browser with tooltips, for readers who ask for
 * it: the chart model's own Chart.js configuration, plus tooltips and a size
 * that follows the page, and the keys that step through it. Loaded on demand
 * by <chart-explorer> (src/components/ChartExplorer.astro), which ships only
 * the button; imports only the Chart.js parts it uses.
 */
import { Chart, LinearScale, LineController, LineElement, PointElement, Tooltip } from 'chart.js';
import { isFigureDataset, lineConfig, type LinePoint } from '../lib/charts/chartjs-config';
import type { MetricChartModel } from '../lib/charts/model';
import { wrapText } from '../lib/charts/label-fit';

// No Legend: the figure's key in HTML names the lines (chartjs-config.ts).
Chart.register(LineController, LineElement, PointElement, LinearScale, Tooltip);

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
          ...config.options!.plugins!.tooltip,
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

/** Steps the tooltip through the figures and reads the figure out. */
function step(chart: Chart, points: { datasetIndex: number; index: number }[], index: number, status: HTMLElement) {
  if (!points.length) return -1;
  const position = (index + points.length) % points.length;
  const active = [points[position]!];
  chart.setActiveElements(active);
  chart.tooltip?.setActiveElements(active, { x: 0, y: 0 });
  chart.update();
  const raw = chart.data.datasets[active[0]!.datasetIndex]!.data[active[0]!.index] as unknown as { label: string[] };
  status.textContent = raw.label.join(' · ');
  // Where the tooltip sits across the canvas, in CSS pixels: lets checks confirm it stays on screen.
  const tooltip = chart.tooltip;
  if (tooltip)
    (chart.canvas.parentElement as HTMLElement).dataset.tooltipSpan =
      `${Math.round(tooltip.x)} ${Math.round(tooltip.x + tooltip.width)}`;
  return position;
}

/** Escape: the static chart and the button come back, with focus on the button. */
function restore(
  explorer: HTMLElement,
  frame: HTMLElement,
  picture: Element | null,
  button: HTMLButtonElement,
  chart: Chart,
  status: HTMLElement,
) {
  chart.destroy();
  if (picture) frame.replaceWith(picture);
  else frame.remove();
  explorer.insertBefore(button, status);
  button.disabled = false;
  status.textContent = '';
  delete explorer.dataset.ready;
  button.focus();
}

/**
 * Replaces a <chart-explorer>'s static drawing with the interactive chart of its data (`data-src`).
 * Focus moves to the drawn chart; arrow keys step through its figures, each read out in the
 * status region; Escape puts the static chart back and returns focus to the button.
 * Throws when the data cannot be fetched; the caller says so.
 */
export async function explore(explorer: HTMLElement, button: HTMLButtonElement, status: HTMLElement) {
  const picture = explorer.querySelector<HTMLElement>('.chart__drawing');
  const response = await fetch(explorer.dataset.src!);
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  const data = (await response.json()) as MetricChartModel & { title: string; noFigure?: string };
  const canvas = document.createElement('canvas');
  canvas.setAttribute('role', 'img');
  canvas.setAttribute('aria-label', picture?.getAttribute('aria-label') ?? '');
  const frame = document.createElement('div');
  frame.className = 'chart-explorer__canvas';
  // The frame takes focus (the canvas itself is an image): keys work there, and focus is never lost to <body>.
  frame.tabIndex = 0;
  // A named group, so a screen reader says what the focused box is.
  frame.setAttribute('role', 'group');
  frame.setAttribute('aria-label', data.title);
  frame.setAttribute('aria-describedby', status.id);
  frame.setAttribute('aria-keyshortcuts', 'ArrowLeft ArrowRight Escape');
  frame.title = explorer.dataset.keys ?? '';
  frame.append(canvas);
  picture?.replaceWith(frame);
  const chart = drawInteractiveChart(canvas, data);
  const points = figurePoints(chart);
  let position = -1;
  frame.addEventListener('keydown', (event) => {
    if (event.key === 'ArrowRight' || event.key === 'ArrowLeft') {
      event.preventDefault();
      position = step(chart, points, position + (event.key === 'ArrowRight' ? 1 : -1), status);
    } else if (event.key === 'Escape') {
      event.preventDefault();
      restore(explorer, frame, picture, button, chart, status);
    }
  });
  button.remove();
  // With no figure to step through, the keys would do nothing: say why instead of how to use them.
  status.textContent = points.length ? (explorer.dataset.keys ?? '') : (data.noFigure ?? '');
  explorer.dataset.ready = 'true';
  frame.focus();
}
