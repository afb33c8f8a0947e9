/** Axis arithmetic shared by every chart: dates as UTC milliseconds, time ticks and round value ticks. */
import { time } from '../judging/dates';
import { dateFormat } from '../language/intl';
import type { Lang } from '../language/locale';

export { DAY, time } from '../judging/dates';
/** The first instant of a YYYY-MM month. */
export const monthStart = (month: string) => time(`${month}-01`);
/** The first instant after a YYYY-MM month. */
export const monthEnd = (month: string) => {
  const [year, monthNumber] = month.split('-').map(Number) as [number, number];
  return Date.UTC(year, monthNumber, 1);
};

/** 1 January of the earliest of some YYYY-MM-DD dates: where a chart's time axis begins. */
export function domainStart(dates: readonly string[]): number {
  const first = dates.reduce((earliest, date) => (date < earliest ? date : earliest));
  return Date.UTC(Number(first.slice(0, 4)), 0, 1);
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
  return month === 0
    ? String(date.getUTCFullYear())
    : dateFormat('en-US', { month: 'short', timeZone: 'UTC' }).format(date);
}

/** Round value ticks from zero to at least `top`, about five of them (steps of 1, 2, 2.5 or 5 × 10ⁿ). */
export function niceTicks(top: number): number[] {
  if (!(top > 0)) return [0, 1];
  const rough = top / 5;
  const power = 10 ** Math.floor(Math.log10(rough));
  const step = [1, 2, 2.5, 5, 10].map((factor) => factor * power).find((candidate) => candidate >= rough)!;
  const count = Math.ceil(top / step - 1e-9);
  return Array.from({ length: count + 1 }, (_, index) => Number((index * step).toPrecision(12)));
}
