/**
 * Draws a metric chart in the browser with tooltips, for readers who ask for
 * it. Loaded on demand; imports only the Chart.js parts it uses.
 */
import { Chart, Legend, LinearScale, LineController, LineElement, PointElement, Tooltip } from 'chart.js';
import type { InteractiveChartData } from '../lib/charts/interactive-data';
import { wrapText } from '../lib/charts/text';
import { formatNumber } from '../lib/format';

Chart.register(LineController, LineElement, PointElement, LinearScale, Tooltip, Legend);

export function drawInteractiveChart(canvas: HTMLCanvasElement, data: InteractiveChartData): Chart {
  // In the browser the chart is drawn in the page's own (system) fonts.
  Chart.defaults.font.family = getComputedStyle(canvas).fontFamily;
  Chart.defaults.color = getComputedStyle(canvas).color;
  const values = [data.target.value, ...data.series.flatMap((series) => series.points.map((point) => point.y))];
  // On a phone the chart is taller than wide enough to read, and tooltip lines wrap to stay inside it.
  const width = canvas.parentElement?.clientWidth ?? 800;
  const narrow = width < 560;
  const tooltipChars = Math.max(16, Math.floor((width * 0.8) / (data.lang === 'zh' ? 13 : 7)));
  return new Chart(canvas, {
    type: 'line',
    data: {
      datasets: [
        {
          label: data.target.label,
          data: [
            { x: data.target.from, y: data.target.value, label: [data.target.label] },
            { x: data.x.max, y: data.target.value, label: [data.target.label] },
          ],
          borderColor: data.target.colour,
          backgroundColor: data.target.colour,
          borderDash: [8, 5],
          pointRadius: 0,
          pointHitRadius: 0,
        },
        ...data.series
          .filter((series) => series.points.length > 0)
          .map((series) => ({
            label: series.label,
            data: series.points,
            borderColor: series.colour,
            backgroundColor: series.colour,
            showLine: series.line,
            pointStyle: series.points.map((point) => (point.lowerBound ? 'triangle' : 'circle')),
            pointRadius: 7,
            pointHoverRadius: 9,
          })),
      ],
    },
    plugins: data.noFigure
      ? [
          {
            id: 'noFigure',
            afterDatasetsDraw(chart) {
              const { ctx, chartArea, scales } = chart;
              const left = Math.max(chartArea.left, scales.x!.getPixelForValue(data.target.from));
              ctx.save();
              ctx.textAlign = 'center';
              ctx.textBaseline = 'middle';
              ctx.fillText(data.noFigure!, (left + chartArea.right) / 2, (chartArea.top + chartArea.bottom) / 2 + 24);
              ctx.restore();
            },
          },
        ]
      : [],
    options: {
      responsive: true,
      maintainAspectRatio: true,
      aspectRatio: narrow ? 1 : 16 / 9,
      animation: false,
      interaction: { mode: 'nearest', intersect: false },
      scales: {
        x: {
          type: 'linear',
          min: data.x.min,
          max: data.x.max,
          afterBuildTicks: (axis) => {
            axis.ticks = data.x.ticks.map((tick) => ({ value: tick.value }));
          },
          ticks: { autoSkip: false, maxRotation: 0, callback: (value) => data.x.ticks.find((tick) => tick.value === value)?.label ?? '' },
        },
        y: {
          beginAtZero: true,
          suggestedMax: Math.max(...values) * 1.18,
          ticks: { maxTicksLimit: 6, callback: (value) => `${formatNumber(Number(value), data.lang)}${data.percent ? '%' : ''}` },
        },
      },
      plugins: {
        legend: { position: 'bottom', align: 'start' },
        tooltip: {
          filter: (item) => item.datasetIndex > 0,
          // Keep the tooltip inside the chart: Chart.js flips it at the edges when it fits.
          position: 'nearest',
          caretPadding: 6,
          callbacks: {
            title: () => '',
            label: (item) => (item.raw as { label: string[] }).label.flatMap((line) => wrapText(line, tooltipChars, data.lang)),
          },
        },
      },
    },
  });
}
