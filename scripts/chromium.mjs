/**
 * Debian's Chromium as the tests and scripts here start it: its path (set
 * CHROMIUM_PATH elsewhere, as CI does for the runner's Chrome) and the flags
 * this container and network need (no sandbox as root, no GPU, no calls home).
 */
import { existsSync } from 'node:fs';

export const chromiumPath = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

/**
 * The browser the tests drive: CHROMIUM_PATH if set, else Debian's headless shell
 * (`chromium-headless-shell`, the same Blink without the full browser's window machinery,
 * which Playwright also prefers for headless runs) when it is installed, else Chromium.
 * A page visit with the tests' checks cost about 0.12 CPU-s in it against 0.2 in the
 * full browser, and an axe run the same (measured 3 December 2026).
 */
export const testChromiumPath =
  process.env.CHROMIUM_PATH ||
  (existsSync('/usr/bin/chromium-headless-shell') ? '/usr/bin/chromium-headless-shell' : chromiumPath);
export const chromiumFlags = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
];
