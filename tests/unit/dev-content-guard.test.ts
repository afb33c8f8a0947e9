import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { devContentGuard } from '../../src/integrations/content-check';
import { root } from '../support/plan-text';

/** What the guard answers to one page request: passed on to the site, or a page of its own. */
function load(
  guard: ReturnType<typeof devContentGuard>,
  url: string,
): Promise<{ passed: boolean; status?: number; body?: string; url?: string }> {
  return new Promise((resolve) => {
    const request = { url, headers: { accept: 'text/html' } } as IncomingMessage;
    const response = {
      statusCode: 200,
      setHeader: () => undefined,
      end: (body: string) => resolve({ passed: false, status: response.statusCode, body }),
    } as unknown as ServerResponse;
    guard.middleware(request, response, () => resolve({ passed: true, url: request.url }));
  });
}

describe('astro dev', () => {
  it('shows a rule broken by an edit (a duplicate id) on the next page load, and the site again once it is fixed', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'dev-guard-'));
    cpSync(join(root, 'content'), join(dir, 'content'), { recursive: true });
    const logged: string[] = [];
    const guard = devContentGuard(
      dir,
      {
        info: (m: string) => logged.push(m),
        warn: (m: string) => logged.push(m),
        error: (m: string) => logged.push(m),
      } as never,
      10,
    );
    expect((await load(guard, '/en/')).passed).toBe(true);

    const file = join(dir, 'content', 'metrics.json');
    const original = readFileSync(file, 'utf8');
    writeFileSync(file, original.replace('"id": "science-platforms"', '"id": "sister-cities"'));
    guard.recheck();
    const refused = await load(guard, '/en/');
    expect(refused.status).toBe(500);
    expect(refused.body).toContain('content/metrics.json › metrics[1].id: duplicate id &#34;sister-cities&#34;');
    expect(refused.body).not.toMatch(/<script/i);
    expect(logged.join('\n')).toContain('content/metrics.json › metrics[1].id: duplicate id "sister-cities"');

    writeFileSync(file, original);
    guard.recheck();
    expect((await load(guard, '/en/')).passed).toBe(true);
    expect(logged.at(-1)).toBe('content/ is valid');
  });

  it('serves chart files and downloads at the addresses the build gives them', async () => {
    const guard = devContentGuard(root, {
      info: () => undefined,
      warn: () => undefined,
      error: () => undefined,
    } as never);
    expect(await load(guard, '/en/charts/sister-cities.png')).toEqual({
      passed: true,
      url: '/en/charts/sister-cities.png/',
    });
    expect(await load(guard, '/downloads/metrics.csv?x=1')).toEqual({
      passed: true,
      url: '/downloads/metrics.csv/?x=1',
    });
  });
});
