/**
 * deploy/nginx.conf under the real nginx, on a tiny site: the security headers
 * on the answers nginx gives before any file (400, 405 for TRACE and POST,
 * 414) and on 404, each once; byte ranges off, so that a short request cannot
 * ask for a file many times over and no 416 answer repeats the headers; the
 * citation files sent as text.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cacheControl, securityHeaders } from '../../src/lib/serving/policy';
import { startNginx } from '../support/nginx';

let server: Awaited<ReturnType<typeof startNginx>>;
const imageBytes = 14_000;

beforeAll(async () => {
  const dist = mkdtempSync(join(tmpdir(), 'nginx-limits-'));
  mkdirSync(join(dist, 'charts'));
  writeFileSync(join(dist, 'index.html'), '<!doctype html><title>home</title>');
  writeFileSync(join(dist, '404.html'), '<!doctype html><title>not found</title>');
  mkdirSync(join(dist, 'en'));
  writeFileSync(join(dist, 'en', '404.html'), '<!doctype html><title>English: not found</title>');
  writeFileSync(join(dist, 'charts', 'a.png'), Buffer.alloc(imageBytes, 7));
  mkdirSync(join(dist, 'cite'));
  // Long enough for gzip (gzip_min_length), as the site's citation files are.
  writeFileSync(join(dist, 'cite', 'a.ris'), 'TY  - RPRT\r\nTI  - 报告\r\nER  - \r\n'.repeat(40));
  writeFileSync(join(dist, 'cite', 'a.bib'), '@report{a, title = {报告}}\n'.repeat(40));
  server = await startNginx(dist);
}, 30_000);
afterAll(() => server?.stop());

/** Sends `request` as written (fetch refuses TRACE and rewrites odd paths) and returns the status and headers. */
function raw(request: string): Promise<{ status: number; headers: string[]; length: number; body: string }> {
  const { hostname, port } = new URL(server.url);
  return new Promise((resolve, reject) => {
    const socket = connect(Number(port), hostname, () => socket.end(request));
    const chunks: Buffer[] = [];
    socket.on('data', (chunk) => chunks.push(chunk));
    socket.on('error', reject);
    socket.on('end', () => {
      const text = Buffer.concat(chunks).toString('latin1');
      const head = text.slice(0, text.indexOf('\r\n\r\n'));
      const [statusLine, ...headers] = head.split('\r\n');
      resolve({
        status: Number(statusLine!.split(' ')[1]),
        headers,
        length: text.length - head.length - 4,
        body: text.slice(head.length + 4),
      });
    });
  });
}
const header = (headers: string[], name: string) =>
  headers
    .filter((line) => line.toLowerCase().startsWith(`${name.toLowerCase()}:`))
    .map((line) => line.slice(name.length + 1).trim());

/** Each security header, and the cache policy of files, exactly once. */
const onceEach = (headers: string[]) => {
  for (const [name, value] of Object.entries(securityHeaders)) expect(header(headers, name), name).toEqual([value]);
  expect(header(headers, 'cache-control')).toEqual([cacheControl.other]);
};

describe('answers nginx gives itself', () => {
  it.each([
    [
      'a path that climbs out of the site (400)',
      'GET /../../etc/passwd HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n',
      400,
    ],
    [
      'a header too large (400)',
      `GET / HTTP/1.1\r\nHost: x\r\nX-Big: ${'a'.repeat(20_000)}\r\nConnection: close\r\n\r\n`,
      400,
    ],
    ['TRACE (405)', 'TRACE / HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n', 405],
    ['POST (405)', 'POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 0\r\nConnection: close\r\n\r\n', 405],
    ['an address too long (414)', `GET /${'a'.repeat(9000)} HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n`, 414],
    ['a missing page (404)', 'GET /nope/ HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n', 404],
    ['a missing English page (404)', 'GET /en/nope/ HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n', 404],
  ])('%s carry every security header, once', async (_name, request, status) => {
    const response = await raw(request);
    expect(response.status).toBe(status);
    for (const [name, value] of Object.entries(securityHeaders))
      expect(header(response.headers, name), name).toEqual([value]);
    expect(header(response.headers, 'cache-control')).toEqual([
      status === 404 ? cacheControl.html : cacheControl.error,
    ]);
    // TRACE echoes nothing of the request back.
    expect(response.length).toBeLessThan(1000);
  });
});

describe('a missing address', () => {
  const get = (path: string) => raw(`GET ${path} HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n`);

  it("gets the 404 page of its language's folder, and the 404 pages are not addresses of their own", async () => {
    for (const [path, title] of [
      ['/nope/', 'not found'],
      ['/charts/nope.svg', 'not found'],
      ['/en/nope/', 'English: not found'],
      ['/en/charts/nope.svg', 'English: not found'],
      ['/en/404.html', 'English: not found'],
      ['/404.html', 'not found'],
    ]) {
      const response = await get(path!);
      expect(response.status, path).toBe(404);
      expect(response.body, path).toContain(`<title>${title}</title>`);
    }
  });
});

describe('byte ranges', () => {
  const ranged = (range: string) =>
    raw(`GET /charts/a.png HTTP/1.1\r\nHost: x\r\nRange: bytes=${range}\r\nConnection: close\r\n\r\n`);

  it('are off: one range and many ranges both get the whole file, once', async () => {
    const many = Array.from({ length: 700 }, (_, index) => `${index * 2}-${index * 2}`).join(',');
    for (const range of ['0-99', many]) {
      const response = await ranged(range);
      expect(response.status).toBe(200);
      expect(response.length).toBe(imageBytes);
    }
  });

  it('never give a 416 answer, whose headers nginx added twice', async () => {
    const response = await ranged(`${imageBytes * 2}-`);
    expect(response.status).toBe(200);
    expect(response.length).toBe(imageBytes);
    onceEach(response.headers);
  });
});

describe('citation files', () => {
  it.each([
    ['ris', 'application/x-research-info-systems'],
    ['bib', 'application/x-bibtex'],
  ])('.%s is text: its media type with the charset, gzip, and each header once', async (extension, type) => {
    const response = await raw(
      `GET /cite/a.${extension} HTTP/1.1\r\nHost: x\r\nAccept-Encoding: gzip\r\nConnection: close\r\n\r\n`,
    );
    expect(response.status).toBe(200);
    expect(header(response.headers, 'content-type')).toEqual([`${type}; charset=utf-8`]);
    expect(header(response.headers, 'content-encoding')).toEqual(['gzip']);
    onceEach(response.headers);
  });
});
