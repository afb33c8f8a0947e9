/** What the built HTML holds before any browser runs it. */
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { HtmlValidate } from 'html-validate';
import { describe, expect, inject, it } from 'vitest';
import { metrics, registry } from '../../src/lib/content/data';
import { parsePath } from '../../src/lib/language/locale';
import { metaContentSecurityPolicy } from '../../src/lib/serving/policy';
import { attribute, parsePage, select, type Element } from '../support/html';
import { layoutProblems } from '../support/page-checks';
import { builtPages, notFoundFiles } from '../support/pages';
import { root } from '../support/plan-text';
import { testSiteUrl } from '../support/site-url';

const distDir = inject('distDir');
const pages = builtPages(distDir);
const html = (path: string) => readFileSync(`${distDir}${path}index.html`, 'utf8');

describe('the built site', () => {
  it('has every page in both languages', () => {
    const zh = pages.filter((path) => parsePath(path).lang === 'zh').map((path) => parsePath(path).path);
    const en = pages.filter((path) => parsePath(path).lang === 'en').map((path) => parsePath(path).path);
    expect(en).toEqual(zh);
    // One page per task, target and responsible unit in the content, by their ids; the site map page
    // (search.test.ts) is checked against every built page.
    const under = (section: string) =>
      zh.filter((path) => path.startsWith(`/${section}/`) && path !== `/${section}/`).map((path) => path.split('/')[2]);
    expect(under('tasks')).toEqual(
      readdirSync(`${root}content/tasks/zh`)
        .map((file) => file.replace(/\.mdx$/, ''))
        .sort(),
    );
    expect(under('progress').sort()).toEqual(metrics.map((metric) => metric.id).sort());
    expect(under('units').sort()).toEqual(registry.units.map((unit) => unit.id).sort());
  });

  it('gives every page its language, one h1, the main landmark and skip link, its alternates and a language switch to the same page', () => {
    const problems = pages.flatMap((path) => layoutProblems(distDir, path, testSiteUrl));
    expect(problems).toEqual([]);
  });
});

describe('the built HTML', () => {
  it('renders GFM tables from task MDX in both languages', () => {
    for (const path of ['/tasks/03-events-and-exhibitions/', '/en/tasks/03-events-and-exhibitions/']) {
      const page = html(path);
      expect(page).toMatch(/<table>[\s\S]*<thead>[\s\S]*<\/thead>[\s\S]*<tbody>/);
      expect(page.match(/<tr>/g)?.length, path).toBe(6);
    }
    expect(html('/en/tasks/03-events-and-exhibitions/')).toContain('<td>Wuhan Marathon</td>');
  });

  it('renders GFM footnotes from task MDX in both languages', () => {
    for (const path of ['/tasks/01-major-diplomatic-events/', '/en/tasks/01-major-diplomatic-events/']) {
      const page = html(path);
      expect(page).toMatch(/<sup><a href="#user-content-fn-typo"/);
      expect(page).toMatch(/<section[^>]*data-footnotes[\s\S]*id="user-content-fn-typo"/);
    }
  });

  it("labels only the plan's own words as the plan's text: the site's notes sit outside it (content review A8)", () => {
    const taskPages = pages.filter((path) => /^\/(en\/)?tasks\/\d+-[a-z0-9-]+\/$/.test(path));
    expect(taskPages.length).toBeGreaterThan(0);
    const hasClass = (name: string) => (element: Element) =>
      (attribute(element, 'class') ?? '').split(' ').includes(name);
    let notes = 0;
    for (const path of taskPages) {
      const page = parsePage(distDir, path);
      const blocks = select(page, hasClass('plan-text'));
      expect(blocks.length, path).toBeGreaterThan(0);
      for (const block of blocks) {
        const first = block.childNodes.find((node): node is Element => 'tagName' in node);
        expect(first && attribute(first, 'class'), path).toBe('plan-text__label');
      }
      for (const note of select(page, hasClass('site-note'))) {
        notes += 1;
        for (let parent = note.parentNode; parent && 'tagName' in parent; parent = parent.parentNode)
          expect(hasClass('plan-text')(parent as Element), `${path}: a site note inside the plan's text`).toBe(false);
      }
    }
    // Task 3 holds the site's table of events in both languages.
    expect(notes).toBeGreaterThanOrEqual(2);
  });

  it('renders registry terms in the reader language, with the Chinese on first English use', () => {
    expect(html('/en/tasks/03-events-and-exhibitions/')).toContain(
      'Optics Valley of China International Optoelectronic Exposition and Forum (OVC EXPO; <span lang="zh-CN">光博会</span>)',
    );
    expect(html('/en/tasks/03-events-and-exhibitions/')).toContain('Wuhan Marathon (<span lang="zh-CN">汉马</span>)');
    expect(html('/tasks/03-events-and-exhibitions/')).toContain('光博会');
  });

  it('ships one site script on every page (language switch, copy-link, the chart explorer button) and the search page its own', () => {
    const script = (name: string) =>
      new RegExp(`^<script type="module" src="/_astro/${name}\\.astro_astro_type_script_index_0_lang\\.[^"]*\\.js">$`);
    for (const path of pages) {
      const page = html(path);
      const scripts = (page.match(/<script\b[^>]*>/g) ?? []).filter((tag) => !script('Base').test(tag));
      expect(
        page.match(/<script\b[^>]*>/g)?.filter((tag) => script('Base').test(tag)),
        path,
      ).toHaveLength(1);
      if (/^\/(en\/)?progress\/[a-z0-9-]+\/$/.test(path)) {
        // Without JavaScript the chart is an inline SVG with real text and a text alternative, and the explorer's button stays hidden.
        expect(page, path).toMatch(
          /<div class="chart__drawing" role="img" aria-label="(?:折线图：|Line chart: )[^"]+"><svg viewBox="0 0 \d+ \d+"[^>]*>[\s\S]*?<text[^>]*>[^<]+<\/text>/,
        );
        expect(page, path).toMatch(/<button type="button" class="chart-explorer__button" hidden>/);
      }
      if (/^\/(en\/)?search\/$/.test(path)) {
        // The search page's one module script; it fetches its index files from /search-index/ when it runs.
        expect(scripts, path).toHaveLength(1);
        expect(scripts[0], path).toMatch(script('SiteSearch'));
      } else expect(scripts, path).toEqual([]);
      // Stylesheets, images and icons all come from this host; only <a> links to sources, and the page's own
      // canonical and alternate addresses (SITE_URL), which nothing loads, are written in full.
      expect(
        page
          .replace(/<link rel="(?:canonical|alternate)"[^>]*>/g, '')
          .match(/<(?:link|img|source|iframe|object|embed|video|audio|script)\b[^>]+(?:href|src)="(?:https?:)?\/\//g),
        path,
      ).toBeNull();
    }
  });

  it('holds nothing the Content-Security-Policy would block: no inline script or style, no style attribute, no event handler', () => {
    const problems: string[] = [];
    for (const path of [...pages, ...notFoundFiles]) {
      const page = parsePage(distDir, path);
      // The policy also travels in the page, for hosts that send no headers.
      const meta = select(
        page,
        (element) => element.tagName === 'meta' && attribute(element, 'http-equiv') === 'Content-Security-Policy',
      );
      if (meta.length !== 1 || attribute(meta[0]!, 'content') !== metaContentSecurityPolicy)
        problems.push(`${path}: no <meta http-equiv="Content-Security-Policy"> with the site's policy`);
      for (const element of page.elements) {
        if (element.tagName === 'script' && (attribute(element, 'src') === undefined || element.childNodes.length))
          problems.push(`${path}: inline <script>`);
        if (element.tagName === 'style') problems.push(`${path}: inline <style>`);
        for (const attr of element.attrs) {
          if (attr.name === 'style' || /^on/.test(attr.name))
            problems.push(`${path}: <${element.tagName} ${attr.name}>`);
          if (/^\s*javascript:/i.test(attr.value))
            problems.push(`${path}: javascript: URL in <${element.tagName} ${attr.name}>`);
        }
      }
    }
    expect(problems).toEqual([]);
  });

  it('never shows a translation key in place of its text (an empty or missing string)', () => {
    const keys: string[] = [];
    const walk = (node: unknown, path: string) => {
      if (node && typeof node === 'object')
        for (const [key, value] of Object.entries(node)) walk(value, path ? `${path}.${key}` : key);
      else keys.push(path);
    };
    walk(JSON.parse(readFileSync(new URL('../../src/i18n/en.json', import.meta.url), 'utf8')), '');
    for (const path of pages) {
      const page = html(path);
      expect(
        keys.filter((key) => page.includes(`>${key}<`) || page.includes(`"${key}"`)),
        path,
      ).toEqual([]);
    }
  });

  it('leaves no interpolation variable unfilled (a string that names a value its page did not pass)', () => {
    expect(pages.filter((path) => /\{\{[^}]*\}\}/.test(html(path)))).toEqual([]);
  });

  it('dates each page from the history of its own content, not by hand', () => {
    const committed = (file: string) => {
      const date = execFileSync('git', ['log', '-1', '--format=%cs', '--', file], { encoding: 'utf8' }).trim();
      if (!date) throw new Error(`${file} has no commit: the site tests run in a git checkout`);
      return date.split('-').map(Number) as [number, number, number];
    };
    const [year, month, day] = committed('content/tasks/en/03-events-and-exhibitions.mdx');
    const english = new Intl.DateTimeFormat('en-US', {
      day: 'numeric',
      month: 'long',
      year: 'numeric',
      timeZone: 'UTC',
    }).format(Date.UTC(year, month - 1, day));
    expect(html('/en/tasks/03-events-and-exhibitions/')).toContain(`Last updated ${english}`);
    const [zhYear, zhMonth, zhDay] = committed('content/tasks/zh/03-events-and-exhibitions.mdx');
    expect(html('/tasks/03-events-and-exhibitions/')).toContain(`本页内容最近更新于${zhYear}年${zhMonth}月${zhDay}日`);
  });

  it('is valid HTML', async () => {
    const validator = new HtmlValidate({
      extends: ['html-validate:recommended'],
      rules: {
        // Astro's compact output puts a whole page on one line.
        'long-title': 'off',
        'no-trailing-whitespace': 'off',
        'attribute-boolean-style': 'off',
      },
    });
    const reports: string[] = [];
    for (const path of pages) {
      const report = await validator.validateString(html(path), `${path}index.html`);
      for (const result of report.results)
        for (const message of result.messages) reports.push(`${path}: ${message.ruleId}: ${message.message}`);
    }
    expect(reports).toEqual([]);
  });
});
