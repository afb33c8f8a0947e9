/**
 * What each built page costs a reader, computed from dist/ without a browser:
 * the page's HTML plus everything it references (stylesheets, scripts, icons,
 * images, lazy ones included; for <picture> the source a given screen width
 * picks), each counted as sent: gzip for text, as is for images. The chart
 * explorer's script after a click and Chart.js are not referenced by the page
 * and are not counted. Used by `npm run benchmark` and the budget test.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';

/** Budgets in bytes transferred (1 KB = 1000 bytes), per page kind; every other page is held to `page`. */
export const budgets = { page: 30_000, metric: 20_000, dashboard: 40_000, dashboardAt190: 120_000 };

/** Screen widths the benchmark reports, as the issue measures them. */
export const widths = [1280, 390];

const compressible = /\.(html|css|js|mjs|svg|json|txt|xml|csv)$/;

/**
 * The kind of a page from its path: home, dashboard, metric, task, unit, …
 * @param {string} path
 */
export function pageKind(path) {
  const parts = path.split('/').filter(Boolean);
  if (parts[0] === 'en') parts.shift();
  if (parts.length === 0) return 'home';
  if (parts[0] === 'progress') return parts.length === 1 ? 'dashboard' : 'metric';
  if (parts.length === 1) return parts[0];
  return `${parts[0].replace(/s$/, '')} page`;
}

/**
 * Every page's URL path (`/`, `/en/goals/`, …) in a built site, the 404 page left out.
 * @param {string} distDir
 * @returns {string[]}
 */
export function pagePaths(distDir) {
  /** @type {string[]} */
  const pages = [];
  /** @param {string} dir */
  const walk = (dir) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (name === 'index.html') pages.push(`/${relative(distDir, dir)}/`.replace(/\/+/g, '/'));
    }
  };
  walk(distDir);
  return pages.sort();
}

/** @type {Map<string, number>} */
const sizeCache = new Map();
/** @param {string} file */
function transferred(file) {
  if (!sizeCache.has(file)) {
    const body = readFileSync(file);
    sizeCache.set(file, compressible.test(file) ? gzipSync(body, { level: 6 }).length : body.length);
  }
  return /** @type {number} */ (sizeCache.get(file));
}

/**
 * Whether a simple media query ((max-width: 40rem), (min-width: 600px)) matches a screen width.
 * @param {string} media
 * @param {number} width
 */
function matches(media, width) {
  return [...media.matchAll(/\((max|min)-width:\s*([\d.]+)(rem|em|px)\)/g)].every(([, side, value, unit]) => {
    const px = Number(value) * (unit === 'px' ? 1 : 16);
    return side === 'max' ? width <= px : width >= px;
  });
}

/**
 * The files a page loads at a screen width, as paths in dist/.
 * @param {string} distDir
 * @param {string} path
 * @param {number} width
 * @returns {string[]}
 */
export function pageRequests(distDir, path, width) {
  const html = readFileSync(join(distDir, path, 'index.html'), 'utf8');
  /** @type {Set<string | undefined>} */
  const urls = new Set();
  // Chromium fetches one icon, the first it can show (the SVG one, listed first); the PNG icons serve home screens.
  let icon = false;
  for (const [tag] of html.matchAll(/<link\b[^>]*>/g)) {
    const isIcon = /rel="icon"/.test(tag);
    if (/rel="(stylesheet|modulepreload|preload)"/.test(tag) || (isIcon && !icon))
      urls.add(tag.match(/href="([^"]+)"/)?.[1]);
    icon ||= isIcon;
  }
  for (const [, src] of html.matchAll(/<script\b[^>]*\bsrc="([^"]+)"/g)) urls.add(src);
  // In a <picture>, the first <source> whose media matches wins, else the <img>.
  const withoutPictures = html.replace(/<picture>([\s\S]*?)<\/picture>/g, (_, /** @type {string} */ inner) => {
    const source = [...inner.matchAll(/<source\b[^>]*>/g)]
      .map(([tag]) => tag)
      .find((tag) => matches(tag.match(/media="([^"]+)"/)?.[1] ?? '', width));
    urls.add((source ?? inner).match(/(?:srcset|src)="([^"\s,]+)/)?.[1]);
    return '';
  });
  for (const [, src] of withoutPictures.matchAll(/<img\b[^>]*\bsrc="([^"]+)"/g)) urls.add(src);
  const files = [join(distDir, path, 'index.html')];
  for (const url of urls) {
    if (!url || /^[a-z]+:/i.test(url)) continue;
    const file = join(distDir, decodeURIComponent(url.split(/[?#]/)[0]));
    if (existsSync(file) && !files.includes(file)) files.push(file);
    // A module script's static imports load with it (Vite's shared chunks).
    if (file.endsWith('.js') && existsSync(file)) {
      for (const [, imported] of readFileSync(file, 'utf8').matchAll(
        /\bimport\s*(?:[^'"();]*?\bfrom\s*)?["'](\.\/[^"']+)["']/g,
      ))
        urls.add(`${url.replace(/[^/]*$/, '')}${imported.slice(2)}`);
    }
  }
  return files;
}

/**
 * Bytes a page transfers at a width, all requests counted.
 * @param {string} distDir
 * @param {string} path
 * @param {number} width
 */
export function pageWeight(distDir, path, width) {
  return pageRequests(distDir, path, width).reduce((sum, file) => sum + transferred(file), 0);
}

/**
 * The budget a page is held to.
 * @param {string} path
 */
export function budgetOf(path) {
  const kind = pageKind(path);
  return kind === 'metric' ? budgets.metric : kind === 'dashboard' ? budgets.dashboard : budgets.page;
}
