/**
 * Screenshots of pages at desktop and phone width, for looking at what readers see.
 * Usage: node scripts/screenshots.mjs [baseUrl] [outDir] [path ...]   (the site must be previewed)
 */
import { chromium } from 'playwright-core';
import { chromiumFlags, chromiumPath } from './chromium.mjs';

const [base = 'http://127.0.0.1:4321', out = '/tmp/shots', ...paths] = process.argv.slice(2);
const pages = paths.length
  ? paths
  : ['/', '/en/', '/goals/', '/en/goals/', '/tasks/03-events-and-exhibitions/', '/en/tasks/03-events-and-exhibitions/'];
const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumFlags });
for (const [label, viewport] of [
  ['desktop', { width: 1280, height: 900 }],
  ['phone', { width: 390, height: 844 }],
]) {
  const context = await browser.newContext({ viewport, deviceScaleFactor: 1 });
  const page = await context.newPage();
  for (const path of pages) {
    await page.goto(new URL(path, base).href, { waitUntil: 'load' });
    // Scroll through the page so lazily loaded charts appear in the full-page shot.
    await page.evaluate(async () => {
      for (let y = 0; y < document.body.scrollHeight; y += 600) {
        window.scrollTo(0, y);
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      window.scrollTo(0, 0);
    });
    await page.waitForLoadState('networkidle');
    const name = `${label}${path.replace(/\/+$/, '').replace(/\//g, '_') || '_home'}.png`;
    await page.screenshot({ path: `${out}/${name}`, fullPage: true });
    console.log(`${out}/${name}`);
  }
  await context.close();
}
await browser.close();
