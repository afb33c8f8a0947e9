/**
 * The model of a share chart (the progress dashboard's overview and group
 * charts): one row per metric with the share of its target reached, its
 * status in words and symbol, and, where no figure has been published in the
 * plan year, the starting point before the plan instead of an empty row.
 * Plain data, drawn as HTML bars on the page and as SVG and PNG downloads.
 */
import type { TFunction } from 'i18next';
import { formatDate, formatFigure, formatFigureWhen, formatPercent, formatShare } from '../language/format';
import type { Lang } from '../language/locale';
import { displayedShare, type Assessment } from '../judging/progress';
import type { Metric } from '../content/schema/metrics';
import { statusColour, statusSymbol, type Status } from '../judging/status';

/** Bars stop here; a larger share is still written out in full. */
export const SHARE_AXIS_MAX = 120;

export interface ShareRow {
  id: string;
  name: string;
  status: Status;
  colour: string;
  symbol: string;
  /** The share reached in percent, capped at SHARE_AXIS_MAX for the bar; absent without a figure (never a zero bar). */
  bar?: number;
  /** Share and status in words: "37% → On track". */
  text: string;
  /** Without a plan-year figure: the last figure before the plan against the target, drawn as a grey bar. */
  start?: { bar: number; text: string };
}

export interface ShareChartModel {
  title: string;
  lang: Lang;
  rows: ShareRow[];
  axisLabel: string;
  asOf: string;
}

const capped = (percent: number) => Math.max(0, Math.min(SHARE_AXIS_MAX, percent));

/** The starting point of a metric on the target's scale: only a comparable one (a level or running total, recent, of the same series). */
function startOf(metric: Metric, assessment: Assessment, lang: Lang, t: TFunction): ShareRow['start'] {
  const start = assessment.startingPoint;
  if (!start || start.incomparable || metric.target.value <= 0) return undefined;
  const { figure } = start;
  const percent = (figure.value / metric.target.value) * 100;
  return {
    bar: capped(percent),
    text: t('chartBars.start', {
      figure: formatFigure(figure.value, figure.bound, metric.unit, lang),
      date: formatFigureWhen(figure, lang, { day: true }),
      share: formatPercent(Math.trunc(percent), lang, 0),
    }),
  };
}

export function shareChartModel(
  title: string,
  metrics: readonly Metric[],
  assessmentOf: (metric: Metric) => Assessment,
  { lang, t, asOf }: { lang: Lang; t: TFunction; asOf: string },
): ShareChartModel {
  return {
    title,
    lang,
    axisLabel: t('charts.shareAxis'),
    asOf: t('charts.asOf', { date: formatDate(asOf, lang) }),
    rows: metrics.map((metric) => {
      const assessment = assessmentOf(metric);
      const status = `${statusSymbol[assessment.status]} ${t(`status.${assessment.status}`)}`;
      const percent = displayedShare(assessment);
      const start = assessment.latest ? undefined : startOf(metric, assessment, lang, t);
      return {
        id: metric.id,
        name: metric.name[lang],
        status: assessment.status,
        colour: statusColour[assessment.status],
        symbol: statusSymbol[assessment.status],
        ...(percent === undefined ? {} : { bar: capped(assessment.share! * 100) }),
        text: percent === undefined ? status : `${formatShare(assessment, lang)} ${status}`,
        ...(start ? { start } : {}),
      };
    }),
  };
}
