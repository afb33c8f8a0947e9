/**
 * One name, one rendering, one count: the registry, the source translation, the
 * plan facts and the task pages agree with each other and with the plan.
 */
import { describe, expect, it } from 'vitest';
import { metrics, metricsFile, plan, registry, sourceText, site } from '../../src/lib/content/data';
import { metricsCsv } from '../../src/lib/outputs/download-formats';
import { resources } from '../../src/lib/language/i18n';
import { assess } from '../../src/lib/judging/progress';
import { namedUnits } from '../../src/lib/content/registry';
import { TaskFrontmatter } from '../../src/lib/content/schema/task';
import { readTaskFiles } from '../../src/lib/content/task-files';
import { root, unitsNamedInPlan } from '../support/plan-text';

const all = [...registry.units, ...registry.bodies, ...registry.terms];
const tasks = readTaskFiles(root).map((file) => ({ ...file, data: TaskFrontmatter.parse(file.frontmatter) }));
const byLang = (lang: 'zh' | 'en') =>
  tasks.filter((task) => task.lang === lang).sort((a, b) => a.data.task - b.data.task);

/** Every {zh, en} pair in a JSON value. */
function pairs(value: unknown): { zh: string; en: string }[] {
  if (Array.isArray(value)) return value.flatMap(pairs);
  if (value === null || typeof value !== 'object') return [];
  const record = value as Record<string, unknown>;
  const own = typeof record.zh === 'string' && typeof record.en === 'string' ? [{ zh: record.zh, en: record.en }] : [];
  return [...own, ...Object.values(record).flatMap(pairs)];
}

/**
 * Registry names whose Chinese occurs in `zh` but whose English is missing from `en`. A name's own
 * parentheses become square brackets inside parentheses ("(Responsible units: … [CCPIT Wuhan])").
 */
function missingNames(zh: string, en: string): string[] {
  const named = all.filter((entry) => entry.english !== 'description' && zh.includes(entry.zh.replace(/^“|”$/g, '')));
  const text = en.toLowerCase().replaceAll('[', '(').replaceAll(']', ')');
  return named.filter((entry) => !text.includes(entry.en.toLowerCase())).map((entry) => `${entry.zh} → ${entry.en}`);
}

describe('name status', () => {
  it('is given for every registry entry: units, bodies, places, events and programmes', () => {
    for (const entry of all) expect(['official', 'suggested', 'description'], entry.id).toContain(entry.english);
    expect(registry.terms.length).toBeGreaterThan(30);
  });

  it('calls only collective entries descriptions, and never flags them as suggested names', () => {
    for (const entry of registry.units)
      expect(entry.english === 'description', entry.id).toBe(entry.collective === true);
    for (const entry of [...registry.bodies, ...registry.terms])
      expect(entry.english, entry.id).not.toBe('description');
  });
});

describe('the count of responsible units', () => {
  it('counts the bodies the plan names one by one, from the registry', () => {
    const inPlan = new Set([...unitsNamedInPlan().values()].flat().filter((name) => !name.startsWith('各')));
    expect(
      namedUnits(registry.units)
        .map((unit) => unit.zh)
        .sort(),
    ).toEqual([...inPlan].sort());
  });

  it('is never written into the interface strings', () => {
    for (const lang of ['zh', 'en'] as const) {
      const text = JSON.stringify(resources[lang]);
      for (const count of [registry.units.length, namedUnits(registry.units).length])
        expect(text, lang).not.toMatch(new RegExp(`\\b${count}\\s*(?:家|个|named|responsible)`));
    }
  });
});

describe('one English rendering', () => {
  it('per registry name, in the source translation', () => {
    for (const paragraph of sourceText.paragraphs)
      expect(missingNames(paragraph.zh, paragraph.en), paragraph.zh.slice(0, 20)).toEqual([]);
  });

  it('per registry name, in the plan facts', () => {
    for (const pair of pairs(plan)) expect(missingNames(pair.zh, pair.en), pair.zh.slice(0, 20)).toEqual([]);
  });

  it('per registry name, in the task summaries', () => {
    const en = byLang('en');
    for (const [index, zh] of byLang('zh').entries())
      expect(missingNames(zh.data.summary, en[index]!.data.summary), zh.file).toEqual([]);
  });

  it('per task title, in the source translation and the task pages', () => {
    for (const task of byLang('en')) {
      const paragraph = sourceText.paragraphs.find((candidate) => candidate.en.startsWith(`${task.data.task}. `));
      expect(paragraph?.en, task.file).toMatch(
        new RegExp(`^${task.data.task}\\. ${task.data.title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\.`),
      );
    }
  });

  it('per task body: the task page quotes the same English as /source/ (content/source/plan.json is the text of record)', () => {
    const terms = new Map(registry.terms.map((term) => [term.id, term]));
    /** The task page as a reader sees its words: a term's English (with its gloss, in brackets, where first named), no footnotes, no site notes, no Chinese asides. */
    const plain = (body: string) =>
      body
        .replace(/<SiteNote>[\s\S]*?<\/SiteNote>/g, '')
        .replace(/^\[\^[^\]]+\]:.*$/gm, '')
        .replace(/\[\^[^\]]+\]/g, '')
        .replace(/ \(<span lang="zh-CN">[^<]*<\/span>\)/g, '')
        .replace(/<Term id="([^"]+)"( first)? \/>/g, (_tag, id: string, first?: string) => {
          const term = terms.get(id)!;
          return first && term.gloss ? `${term.en} (${term.gloss})` : term.en;
        })
        .replace(/\s+/g, ' ')
        .trim();
    for (const task of byLang('en')) {
      const paragraph = sourceText.paragraphs.find((candidate) => candidate.en.startsWith(`${task.data.task}. `))!;
      const quoted = paragraph.en
        .slice(`${task.data.task}. ${task.data.title}. `.length)
        .replace(/ \(Responsible units: .*\)$/, '');
      expect(plain(task.body), task.file).toBe(quoted);
    }
  });

  it('per task-group heading and phase, in the plan facts and the source translation', () => {
    const english = sourceText.paragraphs.map((paragraph) => paragraph.en).join('\n');
    for (const group of plan.taskGroups) expect(english, group.id).toContain(group.title.en);
    for (const phase of plan.phases) expect(english, phase.id).toContain(`${phase.name.en} (`);
  });

  it('per target, the English plan wording taken from the source translation', () => {
    const english = sourceText.paragraphs.map((paragraph) => paragraph.en).join('\n');
    for (const metric of metrics) {
      expect(metric.planWordingEn, metric.id).toBeDefined();
      expect(english, metric.id).toContain(metric.planWordingEn);
    }
  });
});

describe('the CSV download', () => {
  it('gives the plan wording in English beside the Chinese', () => {
    const [header, first] = metricsCsv(
      metrics,
      (metric) => assess(metric, { period: plan.targetPeriod, asOf: metricsFile.asOf }),
      { licence: site.licence },
    )
      .replace(/^\uFEFF/, '')
      .split('\r\n');
    expect(header).toContain('plan_wording_zh,plan_wording_en,');
    expect(first).toContain(`${metrics[0]!.planWording},${metrics[0]!.planWordingEn},`);
  });
});

describe('the source text', () => {
  it('marks the typo in the original at the paragraph that has it, in both columns', () => {
    const typo = sourceText.paragraphs.filter((paragraph) => paragraph.zh.includes('世界城市 and 地方政府联合组织'));
    expect(typo).toHaveLength(1);
    expect(typo[0]!.kind === 'paragraph' && typo[0]!.note?.zh).toContain('“和”');
    expect(typo[0]!.kind === 'paragraph' && typo[0]!.note?.en).toContain('“and”');
  });
});

describe("the site's own numbering", () => {
  it("does not reuse the plan's section numerals for its task groups", () => {
    for (const group of plan.taskGroups) {
      expect(group.numeral.en, group.id).not.toMatch(/^(?:[IVX]+\.|\(\d\))$/);
      expect(group.numeral.zh, group.id).not.toMatch(/^(?:[一二三四]、|（[一二三四]）)$/);
    }
  });
});
