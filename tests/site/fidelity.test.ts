/**
 * Fidelity of the built pages to the plan, read from dist/ with plain fs: whose
 * words are whose, counts taken from the content, the plan's qualifiers kept,
 * and Chinese on English pages marked as Chinese.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { registry } from '../../src/lib/content/data';
import { resources } from '../../src/lib/language/i18n';
import { namedUnits } from '../../src/lib/content/registry';
import { readTaskFiles } from '../../src/lib/content/task-files';
import { normalize, originalText, root } from '../support/plan-text';

const distDir = inject('distDir');

function htmlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return htmlFiles(path);
    return name.endsWith('.html') ? [path] : [];
  });
}
const read = (path: string) => readFileSync(path, 'utf8');
const page = (path: string) => read(`${distDir}${path}index.html`);
const zhFiles = htmlFiles(distDir).filter((file) => !relative(distDir, file).startsWith('en/'));
const enFiles = htmlFiles(join(distDir, 'en'));
const escapeHtml = (text: string) =>
  text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');

const voidElements = new Set([
  'area',
  'base',
  'br',
  'col',
  'embed',
  'hr',
  'img',
  'input',
  'link',
  'meta',
  'source',
  'track',
  'wbr',
]);

/** Every run of text containing a Han character whose nearest lang attribute is not Chinese. */
function unmarkedChinese(html: string): string[] {
  const stack: { tag: string; lang?: string }[] = [];
  const found: string[] = [];
  const token = /<!--[\s\S]*?-->|<!doctype[^>]*>|<(\/?)([a-zA-Z][\w-]*)((?:[^>"']|"[^"]*"|'[^']*')*)>|([^<]+)/gi;
  for (const match of html.matchAll(token)) {
    const [, closing, rawTag, attributes, text] = match;
    if (text !== undefined) {
      const inside = stack.at(-1)?.tag;
      if (inside === 'script' || inside === 'style') continue;
      if (!/\p{Script=Han}/u.test(text)) continue;
      const lang = [...stack].reverse().find((element) => element.lang !== undefined)?.lang ?? '';
      if (!/^zh/i.test(lang)) found.push(text.trim());
      continue;
    }
    if (!rawTag) continue;
    const tag = rawTag.toLowerCase();
    if (closing) {
      const at = stack.map((element) => element.tag).lastIndexOf(tag);
      if (at >= 0) stack.length = at;
      continue;
    }
    if (voidElements.has(tag) || attributes?.trim().endsWith('/')) continue;
    const lang = attributes?.match(/\slang="([^"]*)"/)?.[1];
    stack.push({ tag, lang });
  }
  return found;
}

describe('English pages', () => {
  it('mark every Chinese character as Chinese (lang="zh…")', () => {
    expect(enFiles.length).toBeGreaterThan(50);
    const problems = enFiles.flatMap((file) =>
      unmarkedChinese(read(file)).map((text) => `${relative(distDir, file)}: ${text}`),
    );
    expect(problems).toEqual([]);
  });

  it('finds Chinese outside a lang="zh" element (the check itself)', () => {
    expect(unmarkedChinese('<html lang="en"><p>Proposal (建议案)</p></html>')).toEqual(['Proposal (建议案)']);
    expect(unmarkedChinese('<html lang="en"><p>Proposal (<span lang="zh-CN">建议案</span>)<br></p></html>')).toEqual(
      [],
    );
  });

  it('spell out CPC and CPPCC on every page that uses them', () => {
    for (const file of enFiles) {
      const text = read(file).replace(/<[^>]+>/g, ' ');
      if (/\bCPC\b/.test(text)) expect(text, relative(distDir, file)).toContain('CPC: Communist Party of China');
      if (/\bCPPCC\b/.test(text))
        expect(text.replace(/&#39;/g, "'"), relative(distDir, file)).toContain(
          "CPPCC: Chinese People's Political Consultative Conference",
        );
    }
  });

  it('write dates in one style, month first', () => {
    const months = 'January|February|March|April|May|June|July|August|September|October|November|December';
    for (const file of enFiles)
      expect(read(file).match(new RegExp(`\\b\\d{1,2} (?:${months}) \\d{4}`, 'g')), relative(distDir, file)).toBeNull();
  });
});

describe('counts on the home page', () => {
  it('count the named responsible units from the registry and say that the district governments come on top', () => {
    const named = namedUnits(registry.units).length;
    expect(named).toBeLessThan(registry.units.length);
    for (const [path, lang] of [
      ['/', 'zh'],
      ['/en/', 'en'],
    ] as const) {
      const stat = page(path).match(
        /<a href="(?:\/en)?\/units\/"><span class="stats__value">(\d+)<\/span> <span class="stats__label">([^<]*)<\/span>/,
      );
      expect(stat, path).not.toBeNull();
      expect(Number(stat![1]), path).toBe(named);
      expect(stat![2], path).toBe(escapeHtml(resources[lang].editorial.statUnitsWithDistricts));
    }
  });
});

describe("the plan's scope for 各区人民政府", () => {
  it('is shown with the unit on every task the plan gives it to, in both languages', () => {
    const scoped = registry.units.filter((unit) => unit.scope);
    expect(scoped.map((unit) => unit.zh)).toEqual(['各区人民政府']);
    // The plan writes the qualifier once, at task 8, followed by 下同 ("the same applies below").
    const flat = normalize(originalText);
    const qualifier = normalize(`〈${scoped[0]!.scope!.zh}下同〉`);
    expect(flat).toContain(qualifier);
    const from = flat.lastIndexOf('。', flat.indexOf(qualifier));
    const tasks = readTaskFiles(root).filter((task) => task.lang === 'zh');
    const applies = tasks.filter((task) => {
      const units = (task.frontmatter as { units: string[] }).units;
      const heading = flat.indexOf(
        normalize(`${(task.frontmatter as { task: number }).task}.${(task.frontmatter as { title: string }).title}`),
      );
      return (
        units.includes(scoped[0]!.id) &&
        heading > flat.lastIndexOf('二、工作任务', from) &&
        flat.indexOf('(责任单位', heading) >= from
      );
    });
    expect(applies.map((task) => (task.frontmatter as { task: number }).task)).toEqual([8, 11, 12]);
    for (const task of applies) {
      for (const prefix of ['', '/en']) {
        const html = page(`${prefix}/tasks/${task.slug}/`);
        expect(html, `${prefix}/tasks/${task.slug}/`).toContain(`〈${scoped[0]!.scope!.zh}〉`);
      }
    }
  });

  it('goes with the unit wherever it is listed', () => {
    for (const file of [...zhFiles, ...enFiles]) {
      for (const item of read(file).match(/<li><a href="(?:\/en)?\/units\/all-districts\/">[\s\S]*?<\/li>/g) ?? []) {
        expect(item, relative(distDir, file)).toContain('〈含开发区、长江新区、风景区（管委会）〉');
      }
    }
  });
});

describe("the site's own summaries", () => {
  it('carry the "site summary" label wherever they are shown, in both languages', () => {
    const tasks = readTaskFiles(root);
    for (const [files, lang] of [
      [zhFiles, 'zh'],
      [enFiles, 'en'],
    ] as const) {
      const label = escapeHtml(resources[lang].editorial.siteSummary);
      let shown = 0;
      for (const file of files) {
        const html = read(file);
        for (const task of tasks.filter((candidate) => candidate.lang === lang)) {
          const summary = escapeHtml((task.frontmatter as { summary: string }).summary);
          const asText = html.split(`>${summary}<`).length - 1;
          const labelled =
            html.split(`<span class="site-summary__label">${label}</span><span>${summary}</span>`).length - 1;
          expect(labelled, `${relative(distDir, file)}: task ${(task.frontmatter as { task: number }).task}`).toBe(
            asText,
          );
          shown += asText;
        }
      }
      expect(shown, lang).toBeGreaterThan(24);
    }
  });

  it("keep the plan's text under its own label, apart from them", () => {
    for (const [prefix, lang] of [
      ['', 'zh'],
      ['/en', 'en'],
    ] as const) {
      const html = page(`${prefix}/tasks/03-events-and-exhibitions/`);
      expect(html).toContain(`<p class="plan-text__label">${escapeHtml(resources[lang].editorial.planText)}</p>`);
      // The table of events is the site's, marked as such.
      expect(html).toMatch(/<div class="site-note"><p>[^<]*(本站整理|compiled by this site)/);
    }
  });
});
