/**
 * The content says what the plan says: every task, target and unit, in both
 * languages, traced back to the original text.
 */
import { describe, expect, it } from 'vitest';
import { metrics, names, plan, registry, sourceText } from '../../src/lib/content/data';
import { formatNumber } from '../../src/lib/language/format';
import { TaskFrontmatter } from '../../src/lib/content/schema/task';
import { readTaskFiles } from '../../src/lib/content/task-files';
import { correctedText, normalize, originalText, root, unitsNamedInPlan } from '../support/plan-text';

const files = readTaskFiles(root);
const tasks = files.map((file) => ({ ...file, data: TaskFrontmatter.parse(file.frontmatter) }));
const byLang = (lang: 'zh' | 'en') =>
  tasks.filter((task) => task.lang === lang).sort((a, b) => a.data.task - b.data.task);
const plain = (mdx: string) => mdx.replace(/\[\^[\w-]+\]:.*$/gm, '').replace(/\[\^[\w-]+\]/g, '');

describe('task pages', () => {
  it('exist for all 12 tasks in both languages, under the same file names', () => {
    for (const lang of ['zh', 'en'] as const) {
      expect(byLang(lang).map((task) => task.data.task)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
      for (const task of byLang(lang))
        expect(task.slug.startsWith(String(task.data.task).padStart(2, '0') + '-')).toBe(true);
    }
    expect(byLang('zh').map((task) => task.slug)).toEqual(byLang('en').map((task) => task.slug));
  });

  it('name exactly the responsible units the plan names, in its order', () => {
    const named = unitsNamedInPlan();
    for (const task of byLang('zh')) {
      expect(
        task.data.units.map((id) => names.unit(id).zh),
        task.file,
      ).toEqual(named.get(task.data.task));
    }
  });

  it('carry headings as the plan words them, in the plan group order', () => {
    const flat = normalize(originalText);
    for (const task of byLang('zh')) {
      expect(flat, task.file).toContain(normalize(`${task.data.task}.${task.data.title}。`));
      const expected = task.data.task <= 4 ? 'influence' : task.data.task <= 8 ? 'connectivity' : 'attractiveness';
      expect(task.data.group, task.file).toBe(expected);
    }
  });

  it('hold the full text of each task in Chinese, verbatim', () => {
    const flat = normalize(correctedText);
    for (const task of byLang('zh')) {
      const paragraphs = plain(task.body)
        .split(/\n\s*\n/)
        .map((paragraph) => paragraph.trim())
        .filter((paragraph) => paragraph && !paragraph.startsWith('|') && !paragraph.endsWith('：'));
      const text = normalize(paragraphs.join(''));
      const heading = normalize(`${task.data.task}.${task.data.title}。`);
      const start = flat.indexOf(heading) + heading.length;
      const end = flat.indexOf('(责任单位', start);
      expect(text, task.file).toBe(flat.slice(start, end));
    }
  });

  it('render every registry term the Chinese text names through <Term> in English', () => {
    const en = byLang('en');
    for (const [index, zh] of byLang('zh').entries()) {
      for (const term of registry.terms) {
        // A name inside a longer registry name (国际友城 in 武汉国际友城合作大会) is that longer term's.
        const longer = registry.terms.filter(
          (other) => other !== term && normalize(other.zh).includes(normalize(term.zh)),
        );
        const text = longer.reduce((body, other) => body.replaceAll(normalize(other.zh), ''), normalize(zh.body));
        if (!text.includes(normalize(term.zh))) continue;
        expect(en[index]!.body, `${en[index]!.file} should use <Term id="${term.id}" />`).toContain(
          `<Term id="${term.id}"`,
        );
      }
    }
  });

  it('use only registry terms that exist, and never type a registry name by hand in English', () => {
    for (const task of byLang('en')) {
      for (const match of task.body.matchAll(/<Term id="([^"]+)"/g))
        expect(names.hasTerm(match[1]!), `${task.file}: ${match[1]}`).toBe(true);
      const withoutTerms = task.body.replace(/<Term[^>]*\/>/g, '');
      for (const term of registry.terms.filter((term) => term.en.length > 12)) {
        expect(withoutTerms, `${task.file} types "${term.en}"`).not.toContain(term.en);
      }
    }
  });
});

describe('targets', () => {
  it('number 19, in three groups of 6, 7 and 6, with unique ids', () => {
    expect(metrics).toHaveLength(19);
    expect(new Set(metrics.map((metric) => metric.id)).size).toBe(19);
    expect(plan.metricGroups.map((group) => metrics.filter((metric) => metric.group === group.id).length)).toEqual([
      6, 7, 6,
    ]);
  });

  it('quote the plan verbatim, in the plan order, each under its own group', () => {
    const flat = normalize(originalText);
    const groupStart = {
      exchange: flat.indexOf('交往能级进一步提升'),
      openness: flat.indexOf('开放合作进一步深化'),
      hub: flat.indexOf('枢纽优势进一步凸显'),
    };
    const groupEnd = { exchange: groupStart.openness, openness: groupStart.hub, hub: flat.indexOf('二、工作任务') };
    let previous = -1;
    for (const metric of metrics) {
      const at = flat.indexOf(normalize(metric.planWording), groupStart[metric.group as keyof typeof groupStart]);
      expect(at, metric.id).toBeGreaterThan(previous);
      expect(at, metric.id).toBeLessThan(groupEnd[metric.group as keyof typeof groupEnd]);
      previous = at;
    }
  });

  it('hold the figure the plan words, in base units', () => {
    for (const metric of metrics) {
      expect(normalize(metric.planWording), metric.id).toContain(normalize(formatNumber(metric.target.value, 'zh')));
      const comparisonWord = { reach: '', 'at-least': '以上', about: '左右', maintain: '巩固' }[
        metric.target.comparison
      ];
      expect(metric.planWording, metric.id).toContain(comparisonWord);
    }
  });
});

describe('the source text', () => {
  it('holds every character of the original, in order', () => {
    expect(normalize(sourceText.paragraphs.map((paragraph) => paragraph.zh).join(''))).toBe(normalize(originalText));
  });

  it('has an English translation for every paragraph that keeps its numbers', () => {
    for (const paragraph of sourceText.paragraphs) {
      const numbered = paragraph.zh.match(/^(\d+)\./);
      if (numbered) expect(paragraph.en.startsWith(`${numbered[1]}.`), paragraph.zh.slice(0, 20)).toBe(true);
    }
  });
});

describe('the plan facts', () => {
  it('quote the timetable and organization from the text', () => {
    const flat = normalize(originalText);
    for (const phase of plan.phases) {
      expect(flat).toContain(normalize(phase.name.zh));
      for (const duty of phase.duties) expect(flat).toContain(normalize(duty.zh).replace(/。$/, ''));
    }
    expect(flat).toContain(normalize(plan.organization.liaison.zh));
    expect(flat).toContain(normalize(plan.organization.dissolution.zh));
    expect(flat).toContain(normalize(plan.document.number.zh));
  });

  it('date the document as printed on it', () => {
    expect(originalText).toContain('2026年3月9日');
    expect(plan.document.issued).toBe('2026-03-09');
    expect(originalText).toContain('2026年3月10日印发');
    expect(plan.document.printed).toBe('2026-03-10');
  });
});
