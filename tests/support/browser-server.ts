/** Starts the one Chromium the site tests share (global-setup.ts); apart from browser.ts, which needs vitest's test API. */
import { chromium, type BrowserServer } from 'playwright-core';
import { chromiumFlags, testChromiumPath } from '../../scripts/chromium.mjs';

export function launchBrowserServer(): Promise<BrowserServer> {
  return chromium.launchServer({ executablePath: testChromiumPath, args: chromiumFlags });
}
