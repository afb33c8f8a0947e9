/**
 * Printing, as Chromium prints to A4 PDF, pages counted with pdfinfo and
 * read back with pdftotext (poppler-utils): the plan at a glance on one
 * sheet per language, every metric page on at most two (Chromium refuses to
 * print it a third) with nothing left in a closed disclosure, and the full
 * report with its address and page number on every page.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { metrics } from '../../src/lib/content/data';
import { languages, localizedPath } from '../../src/lib/language/locale';
import { sharedBrowser } from '../support/browser';
import { testSiteUrl } from '../support/site-url';

const baseUrl = inject('baseUrl');
const browser = sharedBrowser();
const folder = mkdtempSync(join(tmpdir(), 'print-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

/** A4, as a reader's Print dialog would print (no browser headers). */
const a4 = { format: 'A4', preferCSSPageSize: true } as const;

/** Prints a page to an A4 PDF; returns the file and its page count. */
async function print(page: Page, path: string): Promise<{ file: string; count: number }> {
  await page.goto(`${baseUrl}${path}`, { waitUntil: 'load' });
  const file = join(folder, `${path.replace(/\W+/g, '_')}.pdf`);
  await page.pdf({ ...a4, path: file });
  return { file, count: Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }))![1]) };
}

/** Prints a page as `print` does, and returns its pages' text (pdftotext ends each page with a form feed). */
async function printed(page: Page, path: string): Promise<string[]> {
  const { file, count } = await print(page, path);
  const pages = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' }).split('\f').slice(0, count);
  expect(pages).toHaveLength(count);
  return pages;
}

describe('printing', () => {
  it('puts the plan at a glance on one A4 sheet in each language, targets, tasks and phases included', async () => {
    const page = await browser().newPage();
    for (const lang of languages) {
      const pages = await printed(page, localizedPath(lang, '/report/'));
      expect(pages, lang).toHaveLength(1);
      // A name may wrap within its cell, and the text then reads across the row: its first words are enough.
      const text = pages[0]!.replace(/\s+/g, '');
      for (const metric of metrics)
        expect(text, metric.id).toContain(metric.name[lang].replace(/\s+/g, '').slice(0, 12));
    }
    await page.close();
  });

  it('prints every metric page on at most two sheets, with the figures found but not published open', async () => {
    const paths = languages.flatMap((lang) => metrics.map((metric) => localizedPath(lang, `/progress/${metric.id}/`)));
    const tooLong: string[] = [];
    // Chromium is asked for the third sheet alone, which it refuses when there is none: a third of the CPU of
    // printing the whole page. Only a page that has a third sheet is printed whole, to count them.
    const printer = await browser().newPage();
    for (const path of paths) {
      await printer.goto(`${baseUrl}${path}`, { waitUntil: 'load' });
      const third = await printer.pdf({ ...a4, pageRanges: '3' }).then(
        () => true,
        (error: Error) => {
          if (/Page range exceeds page count/.test(error.message)) return false;
          throw error;
        },
      );
      if (third) tooLong.push(`${path}: ${(await print(printer, path)).count} pages`);
    }
    await printer.close();
    expect(tooLong.sort()).toEqual([]);
    // The disclosure's content is on paper: a closed <details> would print only its summary.
    const page = await browser().newPage();
    await page.goto(`${baseUrl}/en/progress/tianhe-intl-routes/`);
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.metric-reporting__found li').first().isVisible()).toBe(true);
    await page.close();
  });

  it('prints the full report with its address and page number on every page', async () => {
    const page = await browser().newPage();
    for (const lang of languages) {
      const path = localizedPath(lang, '/report/full/');
      const pages = await printed(page, path);
      expect(pages.length).toBeGreaterThan(3);
      pages.forEach((text, index) => {
        expect(text).toContain(`${testSiteUrl.replace(/\/$/, '')}${path}`);
        expect(text).toContain(`${index + 1} / ${pages.length}`);
      });
    }
    await page.close();
  });
});
