/**
 * Lighthouse 12 scores for a built site, as the benchmark reports them: the
 * home page, a task page, a metric page and the progress dashboard, in both
 * languages, with the mobile (default) and desktop presets, served by nginx
 * with the project's own configuration (tests/support/nginx.ts) so the
 * headers are the ones the public gets.
 *
 * The site must be built with SITE_URL=http://localhost:PORT/ and served on
 * that port: SEO's canonical and hreflang audits compare the page's address
 * with its canonical link, so the page has to be loaded at the address the
 * build wrote. localhost, unlike a mapped public host name over http, is a
 * secure context, so best practices' HTTPS audit holds as it would behind TLS.
 *
 * Usage: tsx scripts/lighthouse.ts <dist> <port>; prints a Markdown table and
 * exits non-zero if a mobile score is below the issue's budgets.
 */
import * as chromeLauncher from 'chrome-launcher';
import lighthouse, { type Config } from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import { startNginx } from '../tests/support/nginx';
import { chromiumPath } from './chromium.mjs';

const [distDir, portText] = process.argv.slice(2);
if (!distDir || !portText) throw new Error('usage: tsx scripts/lighthouse.ts <dist> <port>');

/** The four pages the issue names, by kind. */
const pages = [
  ['home', '/'],
  ['task', '/tasks/01-major-diplomatic-events/'],
  ['metric', '/progress/inbound-visitors/'],
  ['dashboard', '/progress/'],
] as const;
const langs = [
  ['zh', ''],
  ['en', '/en'],
] as const;
const presets: [string, Config | undefined][] = [
  ['mobile', undefined],
  ['desktop', desktopConfig as Config],
];
const categories = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
/** The issue's mobile budgets, in Lighthouse's 0–100 scores. */
const mobileBudget: Record<(typeof categories)[number], number> = {
  performance: 98,
  accessibility: 100,
  'best-practices': 100,
  seo: 100,
};

const server = await startNginx(distDir, Number(portText));
const chrome = await chromeLauncher.launch({
  chromePath: chromiumPath,
  chromeFlags: ['--headless=new', '--no-sandbox'],
});
const failures: string[] = [];
console.log('| page | language | preset | performance | accessibility | best practices | SEO |');
console.log('|---|---|---|---|---|---|---|');
try {
  for (const [kind, path] of pages) {
    for (const [lang, prefix] of langs) {
      for (const [preset, config] of presets) {
        const url = `http://localhost:${portText}${prefix}${path}`;
        // A trace lost on a busy machine (NO_NAVSTART and the like) says nothing of the page: Lighthouse asks to run again, so it is, twice at most.
        let result;
        for (let attempt = 0; attempt < 3 && (!result || result.lhr.runtimeError); attempt += 1)
          result = await lighthouse(
            url,
            { port: chrome.port, logLevel: 'error', onlyCategories: [...categories] },
            config,
          );
        if (!result) throw new Error(`Lighthouse gave no result for ${url}`);
        const { lhr } = result;
        // A page Lighthouse could not load scores 0 everywhere; say why rather than blame the page.
        if (lhr.runtimeError)
          failures.push(`${kind} ${lang} ${preset}: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
        const scores = categories.map((category) => Math.round((lhr.categories[category]?.score ?? 0) * 100));
        console.log(`| ${kind} | ${lang} | ${preset} | ${scores.join(' | ')} |`);
        if (preset !== 'mobile') continue;
        categories.forEach((category, index) => {
          if (scores[index]! >= mobileBudget[category]) return;
          // Which audits cost the points, so the table comes with its reason.
          const lost = lhr.categories[category]!.auditRefs.filter(
            (ref) => ref.weight > 0 && (lhr.audits[ref.id]?.score ?? 1) < 1,
          ).map((ref) => `${ref.id} ${lhr.audits[ref.id]!.displayValue ?? lhr.audits[ref.id]!.score}`);
          failures.push(`${kind} ${lang} ${category} ${scores[index]}: ${lost.join('; ')}`);
        });
      }
    }
  }
} finally {
  chrome.kill();
  await server.stop();
}
if (failures.length) {
  console.log(
    `\nBelow the mobile budget (performance ≥ ${mobileBudget.performance}, the others 100):\n${failures.map((line) => `- ${line}`).join('\n')}`,
  );
  process.exitCode = 1;
}
