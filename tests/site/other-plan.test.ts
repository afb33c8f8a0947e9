/**
 * Any plan, the same generator: a second, different plan (a fictional city,
 * another year, two metric groups, five targets of every measure, four tasks,
 * two phases, its own registry: tests/fixtures/other-plan/content/) builds
 * into a complete bilingual site from its own content folder, with no code
 * change. Every page passes the checks the site's own build gets
 * (page-checks.ts: language, one h1, landmarks, hreflang pairs, the language
 * switch, links), shows no untranslated-text notice and no unfilled
 * `{{variable}}`, and names nothing of this project's plan (its city, its
 * year, its registry's names). One build, of a copy outside any git
 * repository: the site's history (What's new, page dates) must not come from
 * this project's.
 */
import { cpSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyProject } from '../../scripts/project-copy.mjs';
import { parsePath } from '../../src/lib/language/locale';
import { buildSite } from '../support/build';
import { layoutProblems, siteLinks } from '../support/page-checks';
import { builtFiles, builtPages, notFoundFiles } from '../support/pages';
import { planFacts } from '../support/plan-facts';
import { root } from '../support/plan-text';
import { testSiteUrl } from '../support/site-url';

const fixture = join(root, 'tests/fixtures/other-plan');
const dir = copyProject('other-plan-', { caches: false });
const distDir = join(dir, 'dist');
let buildOutput = '';

beforeAll(async () => {
  rmSync(join(dir, 'content'), { recursive: true, force: true });
  cpSync(join(fixture, 'content'), join(dir, 'content'), { recursive: true });
  const built = await buildSite(dir, distDir, {
    SITE_URL: testSiteUrl,
    GIT_DIR: undefined,
    GIT_WORK_TREE: undefined,
  } as NodeJS.ProcessEnv);
  buildOutput = built.output;
  if (!built.ok) throw new Error(`astro build of the other plan in ${dir} failed:\n${built.output}`);
}, 600_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

const pages = () => builtPages(distDir);
const text = (path: string) => readFileSync(`${distDir}${path}index.html`, 'utf8');
/** What a reader sees of a page: its text, without markup. */
const visible = (path: string) =>
  text(path)
    .replace(/<(script|style)[\s\S]*?<\/\1>/g, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/\s+/g, ' ')
    .replace(/&#39;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');

describe("another plan's content", () => {
  const other = planFacts(fixture);

  it('builds every page in both languages: one per task, target and responsible unit of its own content', () => {
    const zh = pages().filter((path) => parsePath(path).lang === 'zh');
    const en = pages().filter((path) => parsePath(path).lang === 'en');
    expect(en.map((path) => parsePath(path).path)).toEqual(zh.map((path) => parsePath(path).path));
    const under = (section: string) =>
      zh.filter((path) => path.startsWith(`/${section}/`) && path !== `/${section}/`).map((path) => path.split('/')[2]);
    expect(under('tasks')).toHaveLength(other.taskCount);
    expect(under('progress').sort()).toEqual((other.metrics as { id: string }[]).map((metric) => metric.id).sort());
    expect(under('units').sort()).toEqual(other.registry.units.map((unit) => unit.id).sort());
  });

  it('gives every page its language, one h1, the main landmark and skip link, its hreflang pair and a language switch to the same page', () => {
    expect(pages().flatMap((path) => layoutProblems(distDir, path, testSiteUrl))).toEqual([]);
  });

  it('has no broken internal link or fragment, and no plain-http link', () => {
    const { references, check } = siteLinks(distDir);
    const problems: string[] = [];
    for (const path of [...pages(), ...notFoundFiles])
      for (const { url, where } of references(path)) check(url, path, where, problems);
    expect(problems).toEqual([]);
  });

  it('shows no untranslated-text notice and no unfilled variable', () => {
    expect(pages().filter((path) => text(path).includes('site-notice'))).toEqual([]);
    expect(pages().filter((path) => visible(path).includes('{{') || text(path).includes('{{'))).toEqual([]);
  });

  it('takes its introduction and counts from its own content', () => {
    const home = { zh: visible('/'), en: visible('/en/') };
    expect(home.zh).toContain(other.plan.introduction.zh);
    expect(home.en).toContain(other.plan.introduction.en);
    // Two metric groups, counted and written out from content.
    expect(home.zh).toContain('两类目标');
    expect(home.en).toContain('Two groups of targets');
    expect(home.en).toContain(`See all ${other.metrics.length} targets`);
    expect(visible('/en/tasks/')).toContain(`The plan sets out ${other.taskCount} tasks in two areas`);
    expect(visible('/progress/')).toContain(`${other.metrics.length}项目标`);
  });

  it("names nothing of this project's plan: not its city, its year or a name from its registry", () => {
    const ours = planFacts(root).facts.filter((fact) => fact.kind !== 'count');
    // Every text file a reader or a program gets: pages, feeds, data, citations, charts as SVG.
    const files = builtFiles(distDir).filter((file) => /\.(html|xml|json|csv|txt|svg|bib|ris|webmanifest)$/.test(file));
    expect(files.length).toBeGreaterThan(pages().length);
    const found = files.flatMap((file) => {
      const content = readFileSync(`${distDir}${file}`, 'utf8');
      return ours.filter((fact) => fact.pattern.test(content)).map((fact) => `${file}: ${fact.what}`);
    });
    expect(found).toEqual([]);
  });

  it('was built without warnings about its content', () => {
    expect(buildOutput).toContain('Complete!');
    expect(buildOutput).not.toMatch(/content\/\S+ ›/);
  });
});
