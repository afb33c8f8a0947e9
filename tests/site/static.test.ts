/** What the built HTML holds before any browser runs it. */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { HtmlValidate } from 'html-validate';
import { describe, expect, inject, it } from 'vitest';
import { builtPages } from '../support/pages';

const distDir = inject('distDir');
const pages = builtPages(distDir);
const html = (path: string) => readFileSync(`${distDir}${path}index.html`, 'utf8');

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

  it('renders registry terms in the reader language, with the Chinese on first English use', () => {
    expect(html('/en/tasks/03-events-and-exhibitions/')).toContain('Optics Valley of China International Optoelectronic Exposition and Forum (OVC EXPO; <span lang="zh-CN">光博会</span>)');
    expect(html('/en/tasks/03-events-and-exhibitions/')).toContain('Wuhan Marathon (<span lang="zh-CN">汉马</span>)');
    expect(html('/tasks/03-events-and-exhibitions/')).toContain('光博会');
  });

  it('ships only its own module scripts: the language switch everywhere, copy-link on task, metric and unit pages, the chart explorer on metric pages', () => {
    const script = (name: string) => new RegExp(`^<script type="module" src="/_astro/${name}\\.astro_astro_type_script_index_0_lang\\.[^"]*\\.js">$`);
    for (const path of pages) {
      const page = html(path);
      const scripts = (page.match(/<script\b[^>]*>/g) ?? []).filter((tag) => !script('LanguageSwitch').test(tag));
      expect(page.match(/<script\b[^>]*>/g)?.filter((tag) => script('LanguageSwitch').test(tag)), path).toHaveLength(1);
      const shared = /^\/(en\/)?(tasks|progress|units)\/[a-z0-9-]+\/$/.test(path);
      if (/^\/(en\/)?progress\/[a-z0-9-]+\/$/.test(path)) {
        expect(scripts, path).toHaveLength(2);
        expect(scripts[0], path).toMatch(script('ChartExplorer'));
        // Without JavaScript the chart is an inline SVG with real text and a text alternative, and the explorer's button stays hidden.
        expect(page, path).toMatch(/<div class="chart__drawing" role="img" aria-label="[^"]{40,}"><svg viewBox="0 0 \d+ \d+"[^>]*>[\s\S]*?<text[^>]*>[^<]+<\/text>/);
        expect(page, path).toMatch(/<button type="button" class="chart-explorer__button" hidden>/);
      } else if (/^\/(en\/)?search\/$/.test(path)) {
        // The search page's one module script; Pagefind's own files are fetched from /pagefind/ when it runs.
        expect(scripts, path).toHaveLength(1);
        expect(scripts[0], path).toMatch(script('SiteSearch'));
      }
      if (shared) expect(scripts.at(-1), path).toMatch(script('CopyLink'));
      else if (!/^\/(en\/)?search\/$/.test(path)) expect(scripts, path).toEqual([]);
      // Stylesheets, images and icons all come from this host; only <a> links to sources point elsewhere.
      expect(page.match(/<(?:link|img|source|iframe|object|embed|video|audio|script)\b[^>]+(?:href|src)="(?:https?:)?\/\//g), path).toBeNull();
    }
  });

  it('dates each page from the history of its own content, not by hand', () => {
    const committed = (file: string) => {
      const date = execFileSync('git', ['log', '-1', '--format=%cs', '--', file], { encoding: 'utf8' }).trim();
      if (!date) throw new Error(`${file} has no commit: the site tests run in a git checkout`);
      return date.split('-').map(Number) as [number, number, number];
    };
    const [year, month, day] = committed('content/tasks/en/03-events-and-exhibitions.mdx');
    const english = new Intl.DateTimeFormat('en-US', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(Date.UTC(year, month - 1, day));
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
        'no-inline-style': 'off',
      },
    });
    const reports: string[] = [];
    for (const path of pages) {
      const report = await validator.validateString(html(path), `${path}index.html`);
      for (const result of report.results) for (const message of result.messages) reports.push(`${path}: ${message.ruleId}: ${message.message}`);
    }
    expect(reports).toEqual([]);
  });
});
