/**
 * Debian's Chromium as the tests and scripts here start it: its path (set
 * CHROMIUM_PATH elsewhere, as CI does for the runner's Chrome) and the flags
 * this container and network need (no sandbox as root, no GPU, no calls home).
 */
export const chromiumPath = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
export const chromiumFlags = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
];
