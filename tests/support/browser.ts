/** The site tests' browser: the one shared Chromium (browser-server.ts), pools of watched pages, and axe for accessibility. */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { chromium, type Browser, type BrowserContextOptions, type Page } from 'playwright-core';
import { afterAll, beforeAll, inject } from 'vitest';

/**
 * The site tests' one Chromium (started by global-setup.ts), connected to before a test file's
 * tests; letting it go after them closes every context the file opened. Call the result for the browser.
 */
export function sharedBrowser(): () => Browser {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await chromium.connect(inject('browserEndpoint'));
  });
  afterAll(async () => {
    await browser?.close();
  });
  return () => browser!;
}

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[] }[];
}

/** WCAG 2.2 AA, as axe tests it, or only the axe `rules` named. Axe is evaluated through the devtools protocol, which the site's CSP does not block (an inline script tag would be). */
export async function axeViolations(page: Page, rules?: string[]): Promise<AxeViolation[]> {
  // Once a page load: axe's half a megabyte of script is parsed again on each evaluation.
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeSource);
  return page.evaluate(async (only) => {
    const axe = (
      window as unknown as {
        axe: { run: (context: Document, options: object) => Promise<{ violations: AxeViolation[] }> };
      }
    ).axe;
    const result = await axe.run(document, {
      // Only violations are read: axe then skips gathering the passes and the incomplete.
      resultTypes: ['violations'],
      runOnly: only
        ? { type: 'rule', values: only }
        : { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
    });
    return result.violations.map((violation) => ({
      id: violation.id,
      impact: violation.impact,
      help: violation.help,
      nodes: violation.nodes.map((node) => ({ target: node.target as string[] })),
    }));
  }, rules);
}

/** One line a violation, naming the rule and the elements: what a failing test prints. */
export const violationLines = (violations: AxeViolation[]): string[] =>
  violations.map(
    (violation) =>
      `${violation.id}: ${violation.help} @ ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
  );

/**
 * Watches a page for console errors and warnings, uncaught exceptions, Content-Security-Policy
 * violations, failed requests and requests that leave the site's host. `expectedStatus` lists
 * URLs whose error status is the point (the 404 page). Await it before the page loads.
 */
export async function watchPage(
  page: Page,
  baseUrl: string,
  expectedStatus: Record<string, number> = {},
): Promise<string[]> {
  const problems: string[] = [];
  const host = new URL(baseUrl).host;
  // Chromium also logs most violations to the console; the event names the directive and the source.
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      console.error(
        `CSP violation: ${event.violatedDirective} blocked ${event.blockedURI || 'inline code'} (${event.sourceFile}:${event.lineNumber})`,
      );
    });
  });
  page.on('console', (message) => {
    if (message.type() !== 'error' && message.type() !== 'warning') return;
    const expected = expectedStatus[message.location().url];
    if (expected && message.text().includes(`status of ${expected}`)) return;
    problems.push(`console ${message.type()}: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.protocol !== 'data:' && url.host !== host) problems.push(`off-site request: ${request.url()}`);
  });
  page.on('requestfailed', (request) => {
    // A request the browser cancels itself (a page's favicon, left for the next page) is no fault of the site;
    // a missing file shows as its HTTP status, a blocked one as a CSP violation.
    if (request.failure()?.errorText !== 'net::ERR_ABORTED') problems.push(`failed request: ${request.url()}`);
  });
  page.on('response', (response) => {
    if (response.status() >= 400 && expectedStatus[response.url()] !== response.status())
      problems.push(`HTTP ${response.status()}: ${response.url()}`);
  });
  return problems;
}

/**
 * A few pages, each in its own browser context and watched by `watchPage`,
 * lent to one test at a time and reused: opening a context, and warming a
 * fresh renderer for axe, costs several times what loading one of these
 * pages does. A borrower gets the page with its problem list emptied, and
 * names the URLs whose error status it expects (the 404 page).
 */
export function pagePool(browser: () => Browser, baseUrl: string, size: number, options: BrowserContextOptions = {}) {
  type Lent = { page: Page; problems: string[]; expectedStatus: Record<string, number> };
  const idle: Lent[] = [];
  const waiting: (() => void)[] = [];
  let opened = 0;
  afterAll(async () => {
    await Promise.all(idle.map(({ page }) => page.context().close()));
  });
  async function borrow(): Promise<Lent> {
    if (!idle.length && opened < size) {
      opened += 1;
      const page = await (await browser().newContext(options)).newPage();
      const expectedStatus: Record<string, number> = {};
      return { page, expectedStatus, problems: await watchPage(page, baseUrl, expectedStatus) };
    }
    while (!idle.length) await new Promise<void>((resolve) => waiting.push(resolve));
    return idle.pop()!;
  }
  return async function withPage<T>(
    use: (page: Page, problems: string[]) => Promise<T>,
    expectedStatus: Record<string, number> = {},
  ): Promise<T> {
    const lent = await borrow();
    lent.problems.length = 0;
    for (const url of Object.keys(lent.expectedStatus)) delete lent.expectedStatus[url];
    Object.assign(lent.expectedStatus, expectedStatus);
    try {
      return await use(lent.page, lent.problems);
    } finally {
      idle.push(lent);
      waiting.shift()?.();
    }
  };
}
