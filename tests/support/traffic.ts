/**
 * What a reader's action costs on the wire, measured in Chromium: every request a browser context
 * makes while `act` runs (its workers' too), as the response body was sent (compressed or not)
 * plus the response headers. Used by scripts/reader-budgets.ts (the benchmark) and the search
 * budget test.
 */
import type { BrowserContext, Page, Request } from 'playwright-core';

export interface Traffic {
  /** Bodies as sent plus headers, in bytes. */
  wire: number;
  /** Bodies as sent, in bytes. */
  body: number;
  requests: number;
  /** Each request's address and bytes on the wire, for a message when a budget is missed. */
  each: { url: string; wire: number }[];
}

/** Bytes and requests from the moment `act` starts until it returns, counted across the context (workers included). */
export async function traffic(context: BrowserContext, act: () => Promise<void>): Promise<Traffic> {
  const sizes: Promise<{ url: string; wire: number; body: number }>[] = [];
  const listener = (request: Request) => {
    sizes.push(
      request.sizes().then((size) => ({
        url: request.url(),
        wire: size.responseBodySize + size.responseHeadersSize,
        body: size.responseBodySize,
      })),
    );
  };
  context.on('requestfinished', listener);
  await act();
  context.off('requestfinished', listener);
  const all = await Promise.all(sizes);
  return {
    wire: all.reduce((sum, size) => sum + size.wire, 0),
    body: all.reduce((sum, size) => sum + size.body, 0),
    requests: all.length,
    each: all.map(({ url, wire }) => ({ url, wire })),
  };
}

/** Opens the search page at `address` (with ?q=…) and waits until its results show and the network is idle. */
export async function openSearchWithQuery(page: Page, address: string): Promise<void> {
  await page.goto(address, { waitUntil: 'load' });
  await page.waitForSelector('.site-search__results > li', { timeout: 20_000 }).catch(() => undefined);
  await page.waitForLoadState('networkidle');
}
