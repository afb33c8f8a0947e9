/**
 * The site as nginx serves it with deploy/nginx.conf's configuration: every
 * security header on pages, stylesheets, images, downloads and the 404 page;
 * caching by kind of file; media types with their charset; gzip for text.
 */
import { readdirSync } from 'node:fs';
import { describe, expect, inject, it } from 'vitest';
import { cacheControl, securityHeaders } from '../../src/lib/serving/policy';

const baseUrl = inject('baseUrl');
const distDir = inject('distDir');
const stylesheet = `/_astro/${readdirSync(`${distDir}/_astro`).find((name) => name.endsWith('.css'))}`;
const get = (path: string, headers: Record<string, string> = {}) =>
  fetch(baseUrl + path, { headers, redirect: 'manual' });

const responses = [
  { kind: 'a page', path: '/en/goals/', status: 200, type: 'text/html; charset=utf-8', cache: cacheControl.html },
  {
    kind: 'the stylesheet',
    path: stylesheet,
    status: 200,
    type: 'text/css; charset=utf-8',
    cache: cacheControl.hashed,
  },
  {
    kind: 'a chart image',
    path: '/en/charts/sister-cities.png',
    status: 200,
    type: 'image/png',
    cache: cacheControl.other,
  },
  {
    kind: 'a chart drawing',
    path: '/charts/sister-cities.svg',
    status: 200,
    type: 'image/svg+xml; charset=utf-8',
    cache: cacheControl.other,
  },
  {
    kind: 'a CSV download',
    path: '/downloads/metrics.csv',
    status: 200,
    type: 'text/csv; charset=utf-8',
    cache: cacheControl.other,
  },
  {
    kind: 'a JSON download',
    path: '/downloads/metrics.json',
    status: 200,
    type: 'application/json; charset=utf-8',
    cache: cacheControl.other,
  },
  {
    kind: 'an Atom feed',
    path: '/en/updates.xml',
    status: 200,
    type: 'application/atom+xml; charset=utf-8',
    cache: cacheControl.other,
  },
  {
    kind: 'a missing page',
    path: '/no-such-page/',
    status: 404,
    type: 'text/html; charset=utf-8',
    cache: cacheControl.html,
  },
  {
    kind: 'a missing file',
    path: '/charts/no-such-chart.png',
    status: 404,
    type: 'text/html; charset=utf-8',
    cache: cacheControl.html,
  },
];

describe.each(responses)('$kind ($path)', ({ path, status, type, cache }) => {
  it('carries every security header, its media type and its cache policy', async () => {
    const response = await get(path);
    expect(response.status).toBe(status);
    for (const [name, value] of Object.entries(securityHeaders)) expect(response.headers.get(name), name).toBe(value);
    expect(response.headers.get('content-type')).toBe(type);
    expect(response.headers.get('cache-control')).toBe(cache);
    // HSTS only over https: nginx sends none on this plain-http test server.
    expect(response.headers.get('strict-transport-security')).toBeNull();
    expect(response.headers.get('server')).toBe('nginx');
  });
});

describe('nginx', () => {
  it("answers a missing page with the site's own 404 page, in the language of the address's folder", async () => {
    for (const [path, language] of [
      ['/en/no-such-page/', 'en'],
      ['/no-such-page/', 'zh-CN'],
    ]) {
      const response = await get(path!);
      expect(response.status).toBe(404);
      const page = await response.text();
      expect(page).toContain('<meta name="robots" content="noindex">');
      expect(page).toContain(`<html lang="${language}">`);
    }
  });

  it('compresses text and leaves images alone', async () => {
    for (const path of ['/en/goals/', stylesheet, '/downloads/metrics.csv', '/charts/sister-cities.svg']) {
      const response = await get(path, { 'accept-encoding': 'gzip' });
      expect(response.headers.get('content-encoding'), path).toBe('gzip');
      expect(response.headers.get('vary'), path).toMatch(/accept-encoding/i);
    }
    expect(
      (await get('/en/charts/sister-cities.png', { 'accept-encoding': 'gzip' })).headers.get('content-encoding'),
    ).toBeNull();
  });

  it('adds the slash to a folder address without naming its own host and port', async () => {
    const response = await get('/en');
    expect(response.status).toBe(301);
    expect(response.headers.get('location')).toBe('/en/');
  });

  it("does not serve the static hosts' _headers file", async () => {
    expect((await get('/_headers')).status).toBe(404);
  });

  it('serves the search index as compressed JSON', async () => {
    const file = readdirSync(`${distDir}/search-index/en`).find((name) => /^[0-9a-f]{2}\.json$/.test(name))!;
    const response = await get(`/search-index/en/${file}`, { 'accept-encoding': 'gzip' });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/json; charset=utf-8');
    expect(response.headers.get('content-encoding')).toBe('gzip');
    expect((await response.json()).t).toBeTypeOf('object');
  });
});
