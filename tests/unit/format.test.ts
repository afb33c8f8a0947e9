import { describe, expect, it } from 'vitest';
import {
  formatDate,
  formatFigure,
  formatMonthRange,
  formatNumber,
  formatQuantity,
  formatTarget,
} from '../../src/lib/language/format';

const visits = { zh: '人次', en: 'visits' };
const students = { zh: '人', en: 'students' };
const percent = { zh: '%', en: '%' };
const trains = { zh: '列', en: 'trains' };

describe('formatNumber', () => {
  it.each([
    [129, '129', '129'],
    [1300, '1300', '1,300'],
    [19_000, '1.9万', '19,000'],
    [12_345, '1.2345万', '12,345'],
    [1_560_000, '156万', '1.56 million'],
    [2_000_000, '200万', '2 million'],
    [400_000_000_000, '4000亿', '400 billion'],
    [17.1, '17.1', '17.1'],
    [1_499_600, '149.96万', '1,499,600'],
    [123_456_789, '12345.6789万', '123,456,789'],
    [-1_560_000, '-156万', '-1.56 million'],
  ])('%d → %s / %s', (value, zh, en) => {
    expect(formatNumber(value, 'zh')).toBe(zh);
    expect(formatNumber(value, 'en')).toBe(en);
  });
});

describe('formatQuantity and formatFigure', () => {
  it('joins number and unit the way each language does', () => {
    expect(formatQuantity(1_560_000, visits, 'zh')).toBe('156万人次');
    expect(formatQuantity(1_560_000, visits, 'en')).toBe('1.56 million visits');
    expect(formatQuantity(19_000, students, 'zh')).toBe('1.9万人');
    expect(formatQuantity(19_000, students, 'en')).toBe('19,000 students');
    expect(formatQuantity(10, percent, 'en')).toBe('10%');
  });

  it('writes one item in the singular where the unit has a singular form', () => {
    const offices = { zh: '个', en: 'offices', enOne: 'office' };
    expect(formatQuantity(1, offices, 'en')).toBe('1 office');
    expect(formatQuantity(3, offices, 'en')).toBe('3 offices');
    expect(formatQuantity(1, { zh: '个', en: 'TEU' }, 'en')).toBe('1 TEU');
  });

  it('never shows a lower bound as exact', () => {
    expect(formatFigure(1000, 'over', trains, 'zh')).toBe('超过1000列');
    expect(formatFigure(1000, 'over', trains, 'en')).toBe('over 1,000 trains');
    expect(formatFigure(1000, 'about', trains, 'en')).toBe('about 1,000 trains');
    expect(formatFigure(1000, 'exact', trains, 'en')).toBe('1,000 trains');
  });
});

describe('formatTarget', () => {
  it('keeps the plan qualifier', () => {
    expect(formatTarget({ value: 10, comparison: 'at-least' }, 'new', { zh: '项', en: 'events' }, 'zh')).toBe(
      '10项以上',
    );
    expect(formatTarget({ value: 10, comparison: 'at-least' }, 'new', { zh: '项', en: 'events' }, 'en')).toBe(
      'at least 10 events',
    );
    expect(formatTarget({ value: 10, comparison: 'about' }, 'growth-rate', percent, 'zh')).toBe('10%左右');
    expect(formatTarget({ value: 10, comparison: 'about' }, 'growth-rate', percent, 'en')).toBe('about 10%');
    expect(formatTarget({ value: 3, comparison: 'maintain' }, 'level', { zh: '条', en: 'routes' }, 'en')).toBe(
      'maintain 3 routes',
    );
    expect(formatTarget({ value: 19_000, comparison: 'reach' }, 'cumulative', students, 'zh')).toBe('累计1.9万人');
    expect(formatTarget({ value: 19_000, comparison: 'reach' }, 'cumulative', students, 'en')).toBe(
      '19,000 students in total',
    );
  });
});

describe('dates', () => {
  it('are written the way each language writes them', () => {
    expect(formatDate('2026-03-09', 'zh')).toBe('2026年3月9日');
    expect(formatDate('2026-03-09', 'en')).toBe('March 9, 2026');
  });

  it('write spans of months compactly', () => {
    expect(formatMonthRange('2026-04', '2026-09', 'zh')).toBe('2026年4月—9月');
    expect(formatMonthRange('2026-04', '2026-09', 'en')).toBe('April–September 2026');
    expect(formatMonthRange('2026-03', '2026-03', 'en')).toBe('March 2026');
    expect(formatMonthRange('2026-03', '2026-03', 'zh')).toBe('2026年3月');
  });
});
