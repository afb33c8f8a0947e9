/**
 * Share, cite and reuse (issue 8), checked on the files of the site tests'
 * build (global-setup.ts), made with SITE_URL set as the published site is: Open Graph and Twitter metadata,
 * share cards, QR codes, citations and their files, anchors, the licence and
 * the per-metric CSVs. Plain file checks, no browser.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse as parseBibtex } from '@retorquere/bibtex-parser';
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-ris';
import { createCanvas, loadImage } from '@napi-rs/canvas';
import jsQR from 'jsqr';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { builtPages, notFoundFiles } from '../support/pages';
import { testSiteUrl } from '../support/site-url';
import { metrics, registry, site } from '../../src/lib/content/data';

const siteUrl = testSiteUrl;
const dist = inject('distDir');
let pages: string[] = [];
const html = (path: string) => readFileSync(join(dist, path, 'index.html'), 'utf8');
const meta = (page: string, property: string) =>
  [...page.matchAll(new RegExp(`<meta (?:property|name)="${property}" content="([^"]*)"`, 'g'))].map(
    (match) => match[1]!,
  );
const decode = (text: string) =>
  text
    .replace(/&amp;/g, '&')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>');
const isCitable = (path: string) => /^\/(en\/)?(tasks|progress|units)\/[a-z0-9-]+\/$/.test(path);
const files = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) =>
    statSync(join(dir, name)).isDirectory() ? files(join(dir, name)) : [join(dir, name)],
  );
const pngSize = (file: string) => {
  const bytes = readFileSync(file);
  expect(bytes.subarray(1, 4).toString('latin1'), file).toBe('PNG');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
};

beforeAll(() => {
  pages = builtPages(dist);
});

describe('share metadata and cards', () => {
  it('gives every page Open Graph and Twitter metadata in its language, with absolute addresses', () => {
    expect(pages.length).toBeGreaterThan(100);
    for (const path of pages) {
      const page = html(path);
      const english = path.startsWith('/en/');
      for (const property of [
        'og:title',
        'og:description',
        'og:image',
        'og:url',
        'og:locale',
        'og:locale:alternate',
        'og:site_name',
        'twitter:card',
        'twitter:image',
      ]) {
        expect(meta(page, property), `${path} ${property}`).toHaveLength(1);
        expect(meta(page, property)[0], `${path} ${property}`).not.toBe('');
      }
      expect(meta(page, 'og:locale')[0], path).toBe(english ? 'en_US' : 'zh_CN');
      expect(meta(page, 'og:locale:alternate')[0], path).toBe(english ? 'zh_CN' : 'en_US');
      expect(meta(page, 'twitter:card')[0], path).toBe('summary_large_image');
      expect(meta(page, 'og:url')[0], path).toBe(new URL(path, siteUrl).href);
      expect(meta(page, 'og:image')[0], path).toMatch(new RegExp(`^${siteUrl}${english ? 'en/' : ''}share/.+\\.png$`));
      // The title is the page's own, in its language.
      expect(decode(page.match(/<title>([^<]*)<\/title>/)![1]!), path).toContain(decode(meta(page, 'og:title')[0]!));
    }
  });

  it('draws one 1200×630 card per page, referenced by exactly that page', () => {
    const owners = new Map<string, string[]>();
    for (const path of [...pages, ...notFoundFiles]) {
      const page = path.endsWith('.html') ? readFileSync(join(dist, path), 'utf8') : html(path);
      const image = meta(page, 'og:image')[0]!;
      expect(meta(page, 'twitter:image')[0], path).toBe(image);
      owners.set(image, [...(owners.get(image) ?? []), path]);
    }
    for (const [image, referrers] of owners) {
      expect(referrers, image).toHaveLength(1);
      expect(pngSize(join(dist, new URL(image).pathname)), image).toEqual({ width: 1200, height: 630 });
    }
    const cards = [...files(join(dist, 'share')), ...files(join(dist, 'en', 'share'))].map(
      (file) => new URL(`/${relative(dist, file)}`, siteUrl).href,
    );
    expect(cards.sort()).toEqual([...owners.keys()].sort());
  });

  it('has PNG icons beside the SVG favicon, and a manifest per language', () => {
    for (const [file, size] of [
      ['icons/apple-touch-icon.png', 180],
      ['icons/icon-192.png', 192],
      ['icons/icon-512.png', 512],
    ] as const) {
      expect(pngSize(join(dist, file)), file).toEqual({ width: size, height: size });
    }
    expect(html('/')).toContain('<link rel="apple-touch-icon" href="/icons/apple-touch-icon.png" sizes="180x180">');
    for (const [prefix, lang] of [
      ['', 'zh-CN'],
      ['en/', 'en'],
    ] as const) {
      const manifest = JSON.parse(readFileSync(join(dist, prefix, 'manifest.webmanifest'), 'utf8'));
      expect(manifest).toMatchObject({ lang, start_url: `/${prefix}` });
      expect(manifest.icons.map((icon: { sizes: string }) => icon.sizes)).toEqual(['192x192', '512x512', 'any']);
    }
  });
});

describe('share block', () => {
  it("puts a QR code of the page's absolute address on every task, metric and unit page, and the address as text", async () => {
    const citable = pages.filter(isCitable);
    expect(citable).toHaveLength(2 * (12 + metrics.length + registry.units.length));
    for (const path of citable) {
      const page = html(path);
      const url = new URL(path, siteUrl).href;
      expect(page, path).toContain(`<a class="share-block__url" href="${url}">${url}</a>`);
      const svg = page.match(/<figure class="share-block__qr">\s*(<svg [\s\S]*?<\/svg>)/)?.[1];
      expect(svg, path).toBeDefined();
      const image = await loadImage(Buffer.from(svg!.replace('<svg ', '<svg width="330" height="330" ')));
      const canvas = createCanvas(330, 330);
      const context = canvas.getContext('2d');
      context.drawImage(image, 0, 0, 330, 330);
      const { data, width, height } = context.getImageData(0, 0, 330, 330);
      expect(jsQR(new Uint8ClampedArray(data), width, height)?.data, path).toBe(url);
    }
  });

  it('has no third-party share button or script', () => {
    for (const path of pages.filter(isCitable)) {
      expect(html(path), path).not.toMatch(/<(script|iframe)[^>]+src="https?:/);
      // Without JavaScript, the copy button stays hidden and the link is plain text.
      expect(html(path), path).toContain('<button type="button" class="copy-link__button" hidden>');
    }
  });
});

describe('citations', () => {
  it('gives every task, metric and unit page a citation with its absolute address and the content date', () => {
    for (const path of pages.filter(isCitable)) {
      const page = html(path);
      const block = page.match(/<p class="citation-block__text citation" data-copy>([\s\S]*?)<\/p>/)?.[1];
      expect(block, path).toBeDefined();
      const url = new URL(path, siteUrl).href;
      expect(block, path).toContain(url);
      if (path.startsWith('/en/')) expect(block, path).toMatch(/\(\d{4}, [A-Z][a-z]+ \d{1,2}\)\. <i>/);
      // 引用日期 is the reader's to fill in: a static page cannot know the day it is read.
      else expect(block, path).toMatch(/\[EB\/OL\]\. .+, \(\d{4}-\d{2}-\d{2}\)\[引用日期\]\. /);
    }
  });

  it('gives every figure row an anchor, a permalink and a citation of that anchor', () => {
    for (const metric of metrics) {
      for (const prefix of ['', '/en']) {
        const path = `${prefix}/progress/${metric.id}/`;
        const page = html(path);
        const rows = [...page.matchAll(/<tr id="(figure-[0-9-]+)">([\s\S]*?)<\/tr>/g)];
        expect(rows, path).toHaveLength(metric.observations.length);
        for (const [, id, row] of rows) {
          expect(row, path).toContain(`href="#${id}"`);
          expect(row, path).toContain(`${new URL(path, siteUrl).href}#${id}`);
        }
      }
    }
  });

  it('offers BibTeX, RIS and CSL-JSON files that parse, for every citable page', async () => {
    for (const path of pages.filter(isCitable)) {
      const url = new URL(path, siteUrl).href;
      const base = join(
        dist,
        path.startsWith('/en/') ? 'en' : '',
        'cite',
        path.replace(/^\/(en\/)?/, '').replace(/\/$/, ''),
      );
      const figures = (html(path).match(/<tr id="figure-/g) ?? []).length;
      expect(html(path), path).toContain(`href="/${relative(dist, `${base}.bib`)}" download`);

      const bibtex = parseBibtex(readFileSync(`${base}.bib`, 'utf8'));
      expect(bibtex.errors, path).toEqual([]);
      expect(bibtex.entries, path).toHaveLength(1 + figures);
      expect(bibtex.entries[0]!.fields.url, path).toBe(url);

      const ris = (await Cite.async(readFileSync(`${base}.ris`, 'utf8'))).data as { URL: string; title: string }[];
      expect(ris, path).toHaveLength(1 + figures);
      expect(ris[0]!.URL, path).toBe(url);

      const csl = JSON.parse(readFileSync(`${base}.json`, 'utf8')) as Record<string, unknown>[];
      expect(csl, path).toHaveLength(1 + figures);
      for (const item of csl) {
        expect(
          Object.keys(item).every((key) =>
            [
              'id',
              'type',
              'title',
              'container-title',
              'author',
              'publisher',
              'issued',
              'URL',
              'language',
              'note',
            ].includes(key),
          ),
          path,
        ).toBe(true);
        expect(item).toMatchObject({
          id: expect.any(String),
          type: expect.stringMatching(/^(webpage|dataset)$/),
          title: expect.any(String),
          URL: expect.stringMatching(/^https:\/\//),
        });
        expect((item.issued as { 'date-parts': number[][] })['date-parts'][0]).toHaveLength(3);
      }
      expect(csl[0]!.URL, path).toBe(url);
    }
  });
});

describe('anchors', () => {
  it('gives the source text the same paragraph ids in both languages, each with a permalink', () => {
    const ids = (page: string) =>
      [...page.matchAll(/<div class="parallel__row[^"]*" id="([^"]+)">/g)].map((match) => match[1]!);
    const zh = ids(html('/source/'));
    expect(zh.length).toBeGreaterThan(30);
    expect(ids(html('/en/source/'))).toEqual(zh);
    for (const id of zh) expect(html('/source/')).toContain(`href="#${id}"`);
  });

  it('links every task and every target to its clause in the source text', () => {
    const sourceIds = new Set([...html('/source/').matchAll(/ id="([^"]+)"/g)].map((match) => match[1]));
    const clauseLinks = (path: string) =>
      [...html(path).matchAll(/href="\/(?:en\/)?source\/#([^"]+)"/g)].map((match) => match[1]!);
    for (const path of pages.filter((candidate) => /^\/(en\/)?(tasks|progress)\/[a-z0-9-]+\/$/.test(candidate))) {
      const links = clauseLinks(path);
      expect(links, path).toHaveLength(1);
      expect(sourceIds.has(links[0]), path).toBe(true);
      const task = path.match(/tasks\/(\d\d)-/)?.[1];
      if (task) expect(links[0], path).toBe(`item-${Number(task)}`);
    }
  });
});

describe('licence and downloads', () => {
  it('states the licence in the footer of every page and on the downloads page', () => {
    for (const path of pages)
      expect(html(path), path).toMatch(
        new RegExp(
          `<footer[\\s\\S]*<a href="${site.licence.url}" rel="license noopener"[^>]*>[^<]*[（(]${site.licence.name.replace(/\./g, '\\.')}[）)]</a>`,
        ),
      );
    expect(html('/downloads/')).toContain('id="licence-heading"');
    expect(html('/en/downloads/')).toContain('is a government document');
  });

  it('names the licence in every CSV and JSON download, and each metric file names its metric, unit and target', () => {
    const downloads = readdirSync(join(dist, 'downloads')).filter((name) => /\.(csv|json)$/.test(name));
    // metrics.csv, metrics.json, figures.csv, figures-not-published.csv and one file per metric.
    expect(downloads).toHaveLength(4 + metrics.length);
    for (const name of downloads)
      expect(readFileSync(join(dist, 'downloads', name), 'utf8'), name).toContain(site.licence.url);
    for (const metric of metrics) {
      const [header, ...rows] = readFileSync(join(dist, 'downloads', `${metric.id}.csv`), 'utf8')
        .replace(/^\uFEFF/, '')
        .trim()
        .split('\r\n');
      expect(header).toContain('metric_name_zh,metric_name_en,unit_zh,unit_en,target');
      expect(rows.length, metric.id).toBe(Math.max(1, metric.observations.length));
      for (const row of rows) expect(row, metric.id).toContain(`${metric.id},${metric.name.zh},`);
      if (!metric.observations.length) expect(rows[0], metric.id).toContain('本站尚未发布该指标的数字');
    }
  });
});
