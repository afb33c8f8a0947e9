/**
 * Checks every built page must pass, without a browser: its layout (language,
 * one h1, landmarks, alternates, the language switch) and its links. The site
 * tests run them on the site's build; other-plan.test.ts on a second plan's.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { languageTag, localizedPath, otherLang, parsePath } from '../../src/lib/language/locale';
import { attribute, byTag, elements, parsePage, select } from './html';

/** What is wrong with one page's layout: its language, h1, main landmark, skip link, hreflang alternates and language switch. */
export function layoutProblems(distDir: string, path: string, siteUrl: string): string[] {
  const page = parsePage(distDir, path);
  const { lang, path: neutral } = parsePath(path);
  const problems: string[] = [];
  const check = (ok: boolean, what: string) => {
    if (!ok) problems.push(`${path}: ${what}`);
  };
  check(attribute(select(page, byTag('html'))[0]!, 'lang') === languageTag[lang], `lang is not ${languageTag[lang]}`);
  check(select(page, byTag('h1')).length === 1, 'not exactly one h1');
  check(
    select(page, (element) => element.tagName === 'main' && attribute(element, 'id') === 'main').length === 1,
    'no single main#main',
  );
  check(
    select(
      page,
      (element) =>
        element.tagName === 'a' &&
        attribute(element, 'class') === 'skip-link' &&
        attribute(element, 'href') === '#main',
    ).length === 1,
    'no skip link to #main',
  );
  const alternates = Object.fromEntries(
    select(
      page,
      (element) =>
        element.tagName === 'link' &&
        attribute(element, 'rel') === 'alternate' &&
        attribute(element, 'hreflang') !== undefined,
    ).map((link) => [attribute(link, 'hreflang'), attribute(link, 'href')]),
  );
  const address = (lang: 'zh' | 'en') => new URL(localizedPath(lang, neutral), siteUrl).href;
  const expected = { 'zh-CN': address('zh'), en: address('en'), 'x-default': address('zh') };
  check(
    JSON.stringify(alternates) === JSON.stringify(expected),
    `hreflang alternates are ${JSON.stringify(alternates)}, not ${JSON.stringify(expected)}`,
  );
  const switches = select(
    page,
    (element) => element.tagName === 'a' && attribute(element, 'class') === 'language-switch',
  );
  check(
    switches.length === 1 && attribute(switches[0]!, 'href') === localizedPath(otherLang(lang), neutral),
    'language switch does not lead to the same page in the other language',
  );
  return problems;
}

/** Links in the built site at `distDir`: what each page refers to, and whether it leads to a file and element there. */
export function siteLinks(distDir: string) {
  /** The file a site path is served from, or undefined: directories serve their index.html. */
  function servedFile(pathname: string): string | undefined {
    const path = decodeURIComponent(pathname);
    const file = `${distDir}${path}`;
    if (path.endsWith('/')) return existsSync(`${file}index.html`) ? `${path}index.html` : undefined;
    if (existsSync(file) && statSync(file).isFile()) return path;
    return undefined;
  }

  const idsOf = new Map<string, Set<string>>();
  function ids(file: string): Set<string> {
    if (!idsOf.has(file)) {
      const found = new Set<string>();
      if (file.endsWith('.html'))
        for (const element of elements(readFileSync(`${distDir}${file}`, 'utf8')))
          for (const name of ['id', 'name']) if (attribute(element, name)) found.add(attribute(element, name)!);
      idsOf.set(file, found);
    }
    return idsOf.get(file)!;
  }

  /** The URLs a page refers to, with where they were found. */
  function references(path: string): { url: string; where: string }[] {
    const found: { url: string; where: string }[] = [];
    for (const element of parsePage(distDir, path).elements) {
      for (const name of ['href', 'src', 'poster', 'action', 'cite', 'data-src']) {
        const value = attribute(element, name);
        if (value !== undefined) found.push({ url: value, where: `<${element.tagName} ${name}>` });
      }
      const srcset = attribute(element, 'srcset');
      if (srcset)
        for (const candidate of srcset.split(','))
          found.push({ url: candidate.trim().split(/\s+/)[0]!, where: `<${element.tagName} srcset>` });
    }
    return found;
  }

  /** Adds to `problems` what is wrong with `url`, found in `base`: another host over http, or nothing here it leads to. */
  function check(url: string, base: string, where: string, problems: string[]) {
    const resolved = new URL(url, `https://site.invalid${base}`);
    if (resolved.host !== 'site.invalid') {
      if (resolved.protocol !== 'https:') problems.push(`${base}: ${where} ${url} is not https`);
      return;
    }
    const file = servedFile(resolved.pathname);
    if (!file) problems.push(`${base}: ${where} ${url} leads nowhere`);
    else if (resolved.hash && !ids(file).has(decodeURIComponent(resolved.hash.slice(1))))
      problems.push(`${base}: ${where} ${url}: no element with id "${resolved.hash.slice(1)}"`);
  }

  return { references, check };
}
