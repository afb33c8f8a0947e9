import { describe, expect, it } from 'vitest';
import { pageLanguage, resources, useTranslations } from '../../src/lib/language/i18n';

type Tree = { [key: string]: string | Tree };

/** Every key with its interpolation variables; plural forms fold into one key, since languages have different plural categories. */
function keys(tree: Tree, prefix = ''): Map<string, string[]> {
  const result = new Map<string, string[]>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') {
      const base = path.replace(/_(zero|one|two|few|many|other)$/, '');
      const variables = [...value.matchAll(/\{\{\s*(\w+)\s*(?:,[^}]*)?\}\}/g)].map((match) => match[1]!).sort();
      result.set(base, [...new Set([...(result.get(base) ?? []), ...variables])].sort());
    } else {
      for (const [childKey, variables] of keys(value, path)) result.set(childKey, variables);
    }
  }
  return result;
}

describe('interface strings', () => {
  const zh = keys(resources.zh as unknown as Tree);
  const en = keys(resources.en as unknown as Tree);

  it('have the same keys in both languages', () => {
    expect([...zh.keys()].sort()).toEqual([...en.keys()].sort());
  });

  it('use the same interpolation variables in both languages', () => {
    for (const [key, variables] of zh) expect(en.get(key), key).toEqual(variables);
  });

  it('resolve plurals for each language', () => {
    expect(useTranslations('en')('units.taskCount', { count: 1 })).toBe('Responsible for 1 task');
    expect(useTranslations('en')('units.taskCount', { count: 3 })).toBe('Responsible for 3 tasks');
    expect(useTranslations('zh')('units.taskCount', { count: 3 })).toBe('承担3项任务');
  });

  it('are remembered by key and options, never across options or languages, and lists handed out cannot be changed', () => {
    const en = useTranslations('en');
    expect(useTranslations('en')).toBe(en);
    expect(en('units.taskCount', { count: 1 })).toBe('Responsible for 1 task');
    expect(en('units.taskCount', { count: 2 })).toBe('Responsible for 2 tasks');
    expect(en('units.taskCount', { count: 1 })).toBe('Responsible for 1 task');
    expect(useTranslations('zh')('units.taskCount', { count: 1 })).toBe('承担1项任务');
    const limits = en('methodology.limits', { returnObjects: true }) as unknown as string[];
    expect(limits.length).toBeGreaterThan(1);
    expect(() => limits.push('changed')).toThrow(TypeError);
    expect(en('methodology.limits', { returnObjects: true })).toEqual(resources.en.methodology.limits);
  });
});

describe("a page's language", () => {
  it('comes from its URL, with the matching translator', () => {
    const en = pageLanguage('/en/goals/');
    expect(en.lang).toBe('en');
    expect(en.t('nav.home')).toBe(useTranslations('en')('nav.home'));
    expect(pageLanguage('/goals/').lang).toBe('zh');
    expect(pageLanguage('/404').lang).toBe('zh');
    expect(pageLanguage('/en/404').lang).toBe('en');
    expect(pageLanguage('/en/charts/x.svg').lang).toBe('en');
  });
});
