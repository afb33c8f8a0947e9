/**
 * The catalogue of data files: the downloads page lists it and the file
 * routes serve it, so the two cannot disagree. Each entry says what the page
 * calls it and how its body is written (export.ts).
 */
import { metrics, metricsFile, researchDecisions } from '../content/data';
import { figuresCsv, metricsCsv, metricsJson, type DistanceWords, type FileTerms } from './download-formats';
import { useTranslations } from '../language/i18n';
import { languages, type Lang } from '../language/locale';
import { startLine } from '../judging/start-line';
import { assessmentOf, judging, period } from '../judging/assessments';
import { unpublishedFiguresCsv } from './unpublished-export';
import { zipFiles } from './zip';
import type { Metric } from '../content/schema/metrics';

export interface DownloadFile {
  name: string;
  /** What the downloads page calls the file. */
  title: (lang: Lang) => string;
  /** A metric's own file; the page lists these apart from the files about every metric. */
  metric?: Metric;
  contentType: string;
  body: (terms: FileTerms) => string | Uint8Array<ArrayBuffer>;
}

const csv = 'text/csv; charset=utf-8';

/** The distance line and why none is drawn, in both languages, exactly as the pages word them. */
const distanceWords: DistanceWords = (metric) =>
  Object.fromEntries(
    languages.map((lang) => {
      const { distance, withheld } = startLine(metric, assessmentOf(metric), lang, useTranslations(lang));
      return [lang, { distance, withheld }];
    }),
  ) as ReturnType<DistanceWords>;

/** Both languages' words for a reason a found figure is not published. */
const reasonText = (reason: Parameters<Parameters<typeof unpublishedFiguresCsv>[2]>[0]) => ({
  zh: useTranslations('zh')(`reporting.reason.${reason}`),
  en: useTranslations('en')(`reporting.reason.${reason}`),
});

export function downloadFiles(): DownloadFile[] {
  const files = dataFiles();
  return [
    ...files,
    {
      name: 'all-data.zip',
      title: (lang) => useTranslations(lang)('downloads.allZip'),
      contentType: 'application/zip',
      body: (terms) => zipFiles(files.map((file) => ({ name: file.name, bytes: toBytes(file.body(terms)) }))),
    },
  ];
}

const toBytes = (body: string | Uint8Array<ArrayBuffer>): Uint8Array =>
  typeof body === 'string' ? new TextEncoder().encode(body) : body;

/** Every data file but the archive of them all. */
function dataFiles(): DownloadFile[] {
  return [
    {
      name: 'metrics.csv',
      title: (lang) => useTranslations(lang)('downloads.allMetricsCsv'),
      contentType: csv,
      body: (terms) => metricsCsv(metrics, assessmentOf, terms, distanceWords),
    },
    {
      name: 'metrics.json',
      title: (lang) => useTranslations(lang)('downloads.allMetricsJson'),
      contentType: 'application/json; charset=utf-8',
      body: (terms) => metricsJson(metricsFile.asOf, period, metrics, assessmentOf, terms),
    },
    {
      name: 'figures.csv',
      title: (lang) => useTranslations(lang)('downloads.figuresCsv'),
      contentType: csv,
      body: (terms) => figuresCsv(metrics, terms, { judging }),
    },
    {
      name: 'figures-not-published.csv',
      title: (lang) => useTranslations(lang)('downloads.unpublishedCsv'),
      contentType: csv,
      body: (terms) => unpublishedFiguresCsv(researchDecisions.figures, metrics, reasonText, terms),
    },
    ...metrics.map((metric) => ({
      name: `${metric.id}.csv`,
      title: (lang: Lang) => metric.name[lang],
      metric,
      contentType: csv,
      body: (terms: FileTerms) => figuresCsv([metric], terms, { emptyRow: true, judging }),
    })),
  ];
}

/** Where a data file lives: `/downloads/metrics.csv`. */
export const downloadPath = (name: string) => `/downloads/${name}`;
