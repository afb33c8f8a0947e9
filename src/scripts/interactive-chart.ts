/**
 * Draws a metric chart in the browser with tooltips, for readers who ask for
 * it. Loaded on demand; imports only the Chart.js parts it uses.
 */
import { Chart, Legend, LinearScale, LineController, LineElement, PointElement, Tooltip } from 'chart.js';
import type { InteractiveChartData } from '../lib/charts/interactive-data';
import { formatNumber } from '../lib/format';

Chart.register(LineController, LineElement, PointElement, LinearScale, Tooltip, Legend);

export function drawInteractiveChart(canvas: HTMLCanvasElement, data: InteractiveChartData): Chart {
  // In the browser the chart is drawn in the page's own (system) fonts.
  Chart.defaults.font.family = getComputedStyle(canvas).fontFamily;
  Chart.defaults.color = getComputedStyle(canvas).color;
  const values = [data.target.value, ...data.series.flatMap((series) => series.points.map((point) => point.y))];
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
      aspectRatio: 16 / 9,
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
          callbacks: {
            title: () => '',
            label: (item) => (item.raw as { label: string[] }).label,
          },
        },
      },
    },
  });
}
