import { existsSync, mkdtempSync, readdirSync, rmSync, statSync, utimesSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { copyKeptFolder, keep, keepFolder, readKept, removeStale } from '../../src/lib/build-cache';

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
