/**
 * Numbers, quantities and dates written the way each language writes them:
 * 156万人次 and 1.56 million visits, 1.9万人 and 19,000 students.
 */
import type { Bilingual, Lang } from './locale';
import { dateFormat, numberFormat, pluralRules } from './intl';
import { languageTag } from './locale';
import { displayedShare, type Assessment } from '../judging/progress';
import type { Bound, Comparison, Measure } from '../content/schema/metrics';

/**
 * A number in the reader's language: 万/亿 in Chinese from ten thousand up,
 * million/billion in English from a million up. Never rounded: a figure the
 * compact form cannot hold exactly (1,499,600) is written out in full.
 */
export function formatNumber(value: number, lang: Lang): string {
  const magnitude = Math.abs(value);
  if (lang === 'zh') {
    if (magnitude >= 100_000_000 && value % 10_000 !== 0) {
      // 亿 would round it: count in 万 instead.
      return `${numberFormat('zh-CN', { useGrouping: false, maximumFractionDigits: 4 }).format(value / 10_000)}万`;
    }
    if (magnitude >= 10_000) {
      return numberFormat('zh-CN', { notation: 'compact', maximumFractionDigits: 4 }).format(value);
    }
    return numberFormat('zh-CN', { useGrouping: false, maximumFractionDigits: 2 }).format(value);
  }
  const scale = magnitude >= 1_000_000_000 ? 1_000_000_000 : 1_000_000;
  if (magnitude >= 1_000_000 && value % (scale / 1000) === 0) {
    return numberFormat('en', { notation: 'compact', compactDisplay: 'long', maximumFractionDigits: 3 }).format(value);
  }
  return numberFormat('en', { maximumFractionDigits: 2 }).format(value);
}

/** A percentage from a value already in percent (10 → 10%). */
export function formatPercent(value: number, lang: Lang, fractionDigits = 1): string {
  return `${numberFormat(languageTag[lang], { maximumFractionDigits: fractionDigits }).format(value)}%`;
}

/** Whether a metric's unit is a percentage: its figures are rates, and their differences percentage points. */
export const isPercent = (unit: Bilingual): boolean => unit.en === '%';

/** A number with its unit: 156万人次, 1.56 million visits, 10%. */
export function formatQuantity(value: number, unit: Bilingual, lang: Lang): string {
  if (isPercent(unit)) return formatPercent(value, lang);
  const number = formatNumber(value, lang);
  if (lang === 'zh') return `${number}${unit.zh}`;
  const singular = 'enOne' in unit && typeof unit.enOne === 'string' && pluralRules('en').select(value) === 'one';
  return `${number} ${singular ? (unit as { enOne: string }).enOne : unit.en}`;
}

/** A published figure, keeping its bound: "over 1,000 trains", "1000列以上". */
export function formatFigure(value: number, bound: Bound, unit: Bilingual, lang: Lang): string {
  const quantity = formatQuantity(value, unit, lang);
  if (bound === 'exact') return quantity;
  const words: Record<Exclude<Bound, 'exact'>, [string, string]> = {
    over: ['超过', 'over'],
    nearly: ['近', 'nearly'],
    about: ['约', 'about'],
  };
  const [zh, en] = words[bound];
  return lang === 'zh' ? `${zh}${quantity}` : `${en} ${quantity}`;
}

/**
 * When a figure applies, compactly: its period ("2017", "Jan–Aug 2025",
 * 2017年, 2025年1—8月) or, for a level, its month (Apr 2025, 2025年4月).
 */
export function formatFigureWhen(
  observation: { date: string; period?: { from: string; to: string } },
  lang: Lang,
  { day = false }: { day?: boolean } = {},
): string {
  const month = (iso: string) =>
    dateFormat(lang === 'zh' ? 'zh-CN' : 'en-US', { month: 'short', timeZone: 'UTC' }).format(
      new Date(`${iso}T00:00:00Z`),
    );
  const { period } = observation;
  // A total at a date: its day where a citation or a feed entry names it, its month in compact lines.
  if (!period && day) return formatDate(observation.date, lang);
  if (!period)
    return lang === 'zh'
      ? `${observation.date.slice(0, 4)}年${Number(observation.date.slice(5, 7))}月`
      : `${month(observation.date)} ${observation.date.slice(0, 4)}`;
  const [fromYear, toYear] = [period.from.slice(0, 4), period.to.slice(0, 4)];
  const wholeYear = fromYear === toYear && period.from.endsWith('-01-01') && period.to.endsWith('-12-31');
  if (wholeYear) return lang === 'zh' ? `${fromYear}年` : fromYear;
  if (fromYear === toYear) {
    return lang === 'zh'
      ? `${fromYear}年${Number(period.from.slice(5, 7))}—${Number(period.to.slice(5, 7))}月`
      : `${month(period.from)}–${month(period.to)} ${fromYear}`;
  }
  return `${formatDate(period.from, lang)}–${formatDate(period.to, lang)}`;
}

/**
 * The years a target period covers, as interface strings name it: "2026",
 * or "2026–2030" for a period of several years (Chinese strings add 年).
 */
export function formatPeriodYears(period: { start: string; end: string }, lang: Lang): string {
  const [from, to] = [period.start.slice(0, 4), period.end.slice(0, 4)];
  if (from === to) return from;
  return lang === 'zh' ? `${from}—${to}` : `${from}–${to}`;
}

/** A target as the plan words it: 10项以上, at least 10 events; 10%左右, about 10%. */
export function formatTarget(
  target: { value: number; comparison: Comparison },
  measure: Measure,
  unit: Bilingual,
  lang: Lang,
): string {
  const quantity = formatQuantity(target.value, unit, lang);
  const zh: Record<Comparison, string> = {
    reach: quantity,
    'at-least': `${quantity}以上`,
    about: `${quantity}左右`,
    maintain: `巩固${quantity}`,
  };
  const en: Record<Comparison, string> = {
    reach: quantity,
    'at-least': `at least ${quantity}`,
    about: `about ${quantity}`,
    maintain: `maintain ${quantity}`,
  };
  const text = lang === 'zh' ? zh[target.comparison] : en[target.comparison];
  if (measure === 'cumulative') return lang === 'zh' ? `累计${text}` : `${text} in total`;
  return text;
}

/** A date in the reader's language: 2026年3月9日, March 9, 2026 (American style, as the site's spelling is). */
export function formatDate(iso: string, lang: Lang): string {
  const date = new Date(`${iso}T00:00:00Z`);
  return dateFormat(lang === 'zh' ? 'zh-CN' : 'en-US', {
    year: 'numeric',
    month: 'long',
    day: 'numeric',
    timeZone: 'UTC',
  }).format(date);
}

/** A month in the reader's language: 2026年3月, March 2026. */
export function formatMonth(isoMonth: string, lang: Lang): string {
  const date = new Date(`${isoMonth}-01T00:00:00Z`);
  return dateFormat(lang === 'zh' ? 'zh-CN' : 'en-US', { year: 'numeric', month: 'long', timeZone: 'UTC' }).format(
    date,
  );
}

/** A span of months: 2026年4月—9月, April–September 2026; a single month when start and end agree. */
export function formatMonthRange(start: string, end: string, lang: Lang): string {
  if (start === end) return formatMonth(start, lang);
  const [startYear, startMonth] = start.split('-');
  const [endYear, endMonth] = end.split('-');
  if (lang === 'zh') {
    return startYear === endYear
      ? `${startYear}年${Number(startMonth)}月—${Number(endMonth)}月`
      : `${formatMonth(start, lang)}—${formatMonth(end, lang)}`;
  }
  const monthName = (iso: string) =>
    dateFormat('en-US', { month: 'long', timeZone: 'UTC' }).format(new Date(`${iso}-01T00:00:00Z`));
  return startYear === endYear
    ? `${monthName(start)}–${monthName(end)} ${endYear}`
    : `${formatMonth(start, lang)} – ${formatMonth(end, lang)}`;
}

/** The share of a target reached, as readers see it: 99% until the target is met, never −0%; a dash when there is none. */
export function formatShare(assessment: Assessment, lang: Lang): string {
  const percent = displayedShare(assessment);
  return percent === undefined ? '—' : formatPercent(percent, lang, 0);
}
