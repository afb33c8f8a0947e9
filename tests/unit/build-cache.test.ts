import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, utimesSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { copyKeptFolder, keep, keepFolder, keptFileOrMade, readKept, removeStale, writeOutputs } from '../../src/lib/build-cache';

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })));
const day = 24 * 60 * 60 * 1000;

describe('the build caches', () => {
  it('keep a file whole under its name, and give nothing for a name never kept', () => {
    const dir = mkdtempSync(join(tmpdir(), 'build-cache-'));
    dirs.push(dir);
    keep(join(dir, 'charts'), 'a.png', Buffer.from('drawing'));
    expect(readKept(join(dir, 'charts'), 'a.png')?.toString()).toBe('drawing');
    expect(readKept(join(dir, 'charts'), 'b.png')).toBeUndefined();
    expect(readdirSync(join(dir, 'charts'))).toEqual(['a.png']);
  });

  it('make a file once and then answer with its kept path, marked as used, which the output copies', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'build-cache-'));
    dirs.push(dir);
    let made = 0;
    const make = async () => Buffer.from(`drawing ${(made += 1)}`);
    const first = await keptFileOrMade(dir, 'a.png', make);
    const threeWeeksAgo = new Date(Date.now() - 21 * day);
    utimesSync(first.file, threeWeeksAgo, threeWeeksAgo);
    const second = await keptFileOrMade(dir, 'a.png', make);
    expect([first.reused, second.reused, made]).toEqual([false, true, 1]);
    expect(Date.now() - statSync(second.file).mtimeMs).toBeLessThan(day);
    await writeOutputs(join(dir, 'out'), [
      ['charts/a.png', Promise.resolve({ file: second.file })],
      ['charts/b.png', Promise.resolve(Buffer.from('bytes'))],
    ]);
    expect(readFileSync(join(dir, 'out/charts/a.png'), 'utf8')).toBe('drawing 1');
    expect(readFileSync(join(dir, 'out/charts/b.png'), 'utf8')).toBe('bytes');
  });

  it('keep a folder as a copy, copy it out when asked, and say when there is none', () => {
    const dir = mkdtempSync(join(tmpdir(), 'build-cache-'));
    dirs.push(dir);
    keep(join(dir, 'made'), 'index.json', Buffer.from('{}'));
    keepFolder(join(dir, 'cache'), 'key', join(dir, 'made'));
    rmSync(join(dir, 'made'), { recursive: true });
    expect(copyKeptFolder(join(dir, 'cache'), 'key', join(dir, 'out'))).toBe(true);
    expect(readdirSync(join(dir, 'out'))).toEqual(['index.json']);
    expect(copyKeptFolder(join(dir, 'cache'), 'other', join(dir, 'elsewhere'))).toBe(false);
    expect(existsSync(join(dir, 'elsewhere'))).toBe(false);
    expect(readdirSync(join(dir, 'cache'))).toEqual(['key']);
  });

  it('remove what no build has used for two weeks, and keep what a build has just read', () => {
    const dir = mkdtempSync(join(tmpdir(), 'build-cache-'));
    dirs.push(dir);
    for (const name of ['old.png', 'read.png', 'recent.png']) keep(dir, name, Buffer.from(name));
    const threeWeeksAgo = new Date(Date.now() - 21 * day);
    for (const name of ['old.png', 'read.png']) utimesSync(join(dir, name), threeWeeksAgo, threeWeeksAgo);
    expect(readKept(dir, 'read.png')?.toString()).toBe('read.png');
    expect(Date.now() - statSync(join(dir, 'read.png')).mtimeMs).toBeLessThan(day);
    expect(removeStale(dir)).toBe(1);
    expect(readdirSync(dir).sort()).toEqual(['read.png', 'recent.png']);
    expect(removeStale(join(dir, 'missing'))).toBe(0);
    expect(existsSync(join(dir, 'missing'))).toBe(false);
  });
});
