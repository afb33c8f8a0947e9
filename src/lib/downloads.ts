/** The catalogue of data files, so the downloads page and the file routes list the same files. */
import { metrics } from './content';
import type { Metric } from './schema/metrics';

export interface DownloadFile {
  name: string;
  kind: 'metrics-csv' | 'metrics-json' | 'figures-csv';
  metric?: Metric;
}

export function downloadFiles(): DownloadFile[] {
  return [
    { name: 'metrics.csv', kind: 'metrics-csv' },
    { name: 'metrics.json', kind: 'metrics-json' },
    { name: 'figures.csv', kind: 'figures-csv' },
    ...metrics.map((metric) => ({ name: `${metric.id}.csv`, kind: 'figures-csv' as const, metric })),
  ];
}

/** Where a data file lives: `/downloads/metrics.csv`. */
export const downloadPath = (name: string) => `/downloads/${name}`;
