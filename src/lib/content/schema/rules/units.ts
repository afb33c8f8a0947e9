/**
 * A metric's unit is a plain unit in both languages (个, 人次, cities, TEU):
 * values are written in base units, so a magnitude in the unit (万人次,
 * "million visitors") multiplies the number a reader sees a second time
 * ("156万万人次"). The two languages must name the same unit: the words of
 * each appear in the metric's own words in that language.
 */

/** 万 and 亿 always scale a number; 十, 百 and 千 do when they lead a unit, except in 千瓦, 千克, 千米, 百分点 and the like. */
const MAGNITUDE_ZH = /[万萬亿億兆]|^[十百千](?![瓦克米焦分])/;
const MAGNITUDE_EN = /\b(?:hundreds?|thousands?|millions?|billions?|trillions?|lakhs?|crores?|mn|bn|k)\b|\d/i;

interface UnitText {
  zh: string;
  en: string;
  enOne?: string;
}

/** Why the unit cannot be right on its own, by field; empty when it may be. */
export function unitProblems(unit: UnitText): { path: string; message: string }[] {
  const problems: { path: string; message: string }[] = [];
  const zh = MAGNITUDE_ZH.exec(unit.zh);
  if (zh || /\d/.test(unit.zh))
    problems.push({
      path: 'zh',
      message: `"${unit.zh}" holds a magnitude (${zh?.[0] ?? 'a number'}): write the unit alone (人次, not 万人次) and the value in base units (1560000, not 156)`,
    });
  const en = MAGNITUDE_EN.exec(unit.en) ?? (unit.enOne ? MAGNITUDE_EN.exec(unit.enOne) : null);
  if (en)
    problems.push({
      path: 'en',
      message: `"${unit.en}" holds a magnitude ("${en[0]}"): write the unit alone ("visitor arrivals", not "million visitor arrivals") and the value in base units`,
    });
  if ((unit.zh === '%') !== (unit.en === '%'))
    problems.push({ path: 'en', message: `the Chinese unit is "${unit.zh}" and the English unit "${unit.en}": both are % or neither is` });
  return problems;
}

/** A word in lower case without a plural ending, so "cities" finds "city" and "companies" finds "company". */
const stem = (word: string) => word.toLowerCase().replace(/(?:ies|es|s)$/, '');

/** English counting words that name no particular thing, so any metric may count in them (70 exhibitions held are 70 events). */
const GENERIC_UNITS = new Set(['event', 'item', 'occasion', 'time', 'unit', 'session', 'edition', 'case']);

/**
 * Whether the English unit is what the metric counts: a generic counting word,
 * or a word of it (or of its singular) appears in the metric's English name or
 * plan wording. "countries" for a metric about cities does not.
 */
export function englishUnitAgrees(unit: UnitText, englishWords: string): boolean {
  if (unit.en === '%' || GENERIC_UNITS.has(stem(unit.enOne ?? unit.en))) return true;
  const words = englishWords.toLowerCase();
  return [unit.en, unit.enOne ?? ''].flatMap((text) => text.split(/[\s-]+/)).some((word) => word.length > 1 && words.includes(stem(word)));
}
