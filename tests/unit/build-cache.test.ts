import {
  copyFileSync,
  cpSync,
  mkdirSync,
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  copyKeptFolder,
  keep,
  keepFolder,
  keptEntryOrMade,
  keptOrMade,
  readKept,
  removeStale,
  sealed,
  sealedLength,
  sourceHash,
  writeOutputs,
} from '../../src/lib/build/cache';

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

  it('index again when a kept folder is tampered with, truncated, unfinished, grown, swapped or too old, and keep the new one', () => {
    const dir = mkdtempSync(join(tmpdir(), 'build-cache-'));
    dirs.push(dir);
    const cache = join(dir, 'cache');
    const made = join(dir, 'made');
    mkdirSync(join(made, 'index'), { recursive: true });
    writeFileSync(join(made, 'pagefind.js'), 'search code');
    writeFileSync(join(made, 'index', 'en.pf_index'), 'index of the English pages');
    const spoil: Record<string, (kept: string) => void> = {
      tampered: (kept) => writeFileSync(join(kept, 'pagefind.js'), 'search cod3'),
      truncated: (kept) => writeFileSync(join(kept, 'index', 'en.pf_index'), 'index of'),
      unfinished: (kept) => rmSync(join(kept, '.manifest')),
      'a file missing': (kept) => rmSync(join(kept, 'index', 'en.pf_index')),
      'a file added': (kept) => writeFileSync(join(kept, 'index', 'zh.pf_index'), 'planted'),
      'a corrupt manifest': (kept) => {
        const manifest = readFileSync(join(kept, '.manifest'));
        manifest[2] = manifest[2]! ^ 1;
        writeFileSync(join(kept, '.manifest'), manifest);
      },
      'swapped for another key': (kept) => {
        keepFolder(cache, 'other', made);
        rmSync(kept, { recursive: true });
        cpSync(join(cache, 'other'), kept, { recursive: true });
      },
      'made 31 days ago': (kept) => {
        const hashes = JSON.parse(readFileSync(join(kept, '.manifest')).subarray(0, -48).toString()) as object;
        writeFileSync(
          join(kept, '.manifest'),
          sealed(`${basename(kept)}/.manifest`, Buffer.from(JSON.stringify(hashes)), Date.now() - 31 * day),
        );
      },
    };
    for (const [how, change] of Object.entries(spoil)) {
      const key = how.replace(/\W+/g, '-');
      keepFolder(cache, key, made);
      expect(copyKeptFolder(cache, key, join(dir, 'check'))).toBe(true);
      change(join(cache, key));
      const out = join(dir, key);
      expect(copyKeptFolder(cache, key, out), how).toBe(false);
      expect(existsSync(out), how).toBe(false);
      // Indexed again, the new index replaces the spoilt one.
      keepFolder(cache, key, made);
      expect(copyKeptFolder(cache, key, out), how).toBe(true);
      expect(readFileSync(join(out, 'index', 'en.pf_index'), 'utf8'), how).toBe('index of the English pages');
      expect(existsSync(join(out, '.manifest')), how).toBe(false);
    }
  });

  it('warn and go on when a folder cannot be kept (a full disk)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'build-cache-'));
    dirs.push(dir);
    mkdirSync(join(dir, 'made'));
    writeFileSync(join(dir, 'made', 'pagefind.js'), 'search code');
    writeFileSync(join(dir, 'cache'), '');
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    expect(() => keepFolder(join(dir, 'cache'), 'key', join(dir, 'made'))).not.toThrow();
    expect(warn.mock.calls.join('\n')).toMatch(/cannot keep files in .*cache/);
    warn.mockRestore();
    expect(readdirSync(dir).sort()).toEqual(['cache', 'made']);
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

  it('redraw a kept file that is truncated, corrupted, swapped for another entry or too old, and keep the new one', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'build-cache-'));
    dirs.push(dir);
    for (const name of ['a.png', 'b.png', 'c.png', 'd.png']) keep(dir, name, Buffer.from(`drawing of ${name}`));
    // A swap: b's entry copied over a's name. A truncation. A flipped byte.
    copyFileSync(join(dir, 'b.png'), join(dir, 'a.png'));
    writeFileSync(join(dir, 'c.png'), readFileSync(join(dir, 'c.png')).subarray(0, 10));
    const corrupted = readFileSync(join(dir, 'd.png'));
    corrupted[0] = corrupted[0]! ^ 1;
    writeFileSync(join(dir, 'd.png'), corrupted);
    // Made 31 days ago, though used today.
    writeFileSync(join(dir, 'e.png'), sealed('e.png', Buffer.from('old drawing'), Date.now() - 31 * day));
    for (const name of ['a.png', 'c.png', 'd.png', 'e.png']) {
      expect(readKept(dir, name), name).toBeUndefined();
      const made = await keptOrMade(dir, name, async () => Buffer.from(`fresh ${name}`));
      expect(made, name).toEqual({ bytes: Buffer.from(`fresh ${name}`), reused: false });
      expect(readKept(dir, name)?.toString(), name).toBe(`fresh ${name}`);
    }
    expect((await keptOrMade(dir, 'b.png', async () => Buffer.from('never'))).reused).toBe(true);
  });

  it('check a kept file a piece at a time, as readKept does, without reading it whole', () => {
    const dir = mkdtempSync(join(tmpdir(), 'build-cache-'));
    dirs.push(dir);
    // Larger than one piece read (1 MiB), so the check runs over several.
    const large = Buffer.alloc(3 * 1024 * 1024 + 5, 7);
    keep(dir, 'large.png', large);
    keep(dir, 'b.png', Buffer.from('b'));
    expect(sealedLength('large.png', join(dir, 'large.png'))).toBe(large.length);
    const corrupted = readFileSync(join(dir, 'large.png'));
    corrupted[2 * 1024 * 1024] = 8;
    writeFileSync(join(dir, 'large.png'), corrupted);
    expect(sealedLength('large.png', join(dir, 'large.png'))).toBeUndefined();
    copyFileSync(join(dir, 'b.png'), join(dir, 'swapped.png'));
    expect(sealedLength('swapped.png', join(dir, 'swapped.png'))).toBeUndefined();
    writeFileSync(join(dir, 'old.png'), sealed('old.png', Buffer.from('old'), Date.now() - 31 * day));
    expect(sealedLength('old.png', join(dir, 'old.png'))).toBeUndefined();
    writeFileSync(join(dir, 'short.png'), 'x');
    expect(sealedLength('short.png', join(dir, 'short.png'))).toBeUndefined();
  });

  it('answer with the kept entry, not its bytes, and write it into the output without its seal', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'build-cache-'));
    dirs.push(dir);
    const cache = join(dir, 'cache');
    let made = 0;
    const make = async () => Buffer.from(`drawing ${(made += 1)}`);
    const first = await keptEntryOrMade(cache, 'a.png', make);
    const threeWeeksAgo = new Date(Date.now() - 21 * day);
    utimesSync(join(cache, 'a.png'), threeWeeksAgo, threeWeeksAgo);
    const second = await keptEntryOrMade(cache, 'a.png', make);
    expect([first.reused, second.reused, made]).toEqual([false, true, 1]);
    expect(second.output).not.toBeInstanceOf(Uint8Array);
    expect(Date.now() - statSync(join(cache, 'a.png')).mtimeMs).toBeLessThan(day);
    // A corrupted entry is drawn again, and kept anew.
    const corrupted = readFileSync(join(cache, 'a.png'));
    corrupted[0] = corrupted[0]! ^ 1;
    writeFileSync(join(cache, 'a.png'), corrupted);
    expect((await keptEntryOrMade(cache, 'a.png', make)).reused).toBe(false);
    expect(readKept(cache, 'a.png')?.toString()).toBe('drawing 2');
    // An entry gone by the time the output is written is drawn again; bytes are written as they are.
    const gone = await keptEntryOrMade(cache, 'gone.png', async () => Buffer.from('drawn again'));
    rmSync(join(cache, 'gone.png'));
    // One broken after it was found (here: another entry copied over it) is checked again as it is written.
    const swapped = await keptEntryOrMade(cache, 'swapped.png', async () => Buffer.from('its own drawing'));
    copyFileSync(join(cache, 'a.png'), join(cache, 'swapped.png'));
    await writeOutputs(join(dir, 'out'), [
      ['charts/a.png', Promise.resolve(second.output)],
      ['charts/gone.png', Promise.resolve(gone.output)],
      ['charts/swapped.png', Promise.resolve(swapped.output)],
      ['charts/b.png', Promise.resolve(Buffer.from('bytes'))],
    ]);
    expect(readFileSync(join(dir, 'out/charts/a.png'), 'utf8')).toBe('drawing 2');
    expect(readFileSync(join(dir, 'out/charts/gone.png'), 'utf8')).toBe('drawn again');
    expect(readFileSync(join(dir, 'out/charts/swapped.png'), 'utf8')).toBe('its own drawing');
    expect(readFileSync(join(dir, 'out/charts/b.png'), 'utf8')).toBe('bytes');
  });

  it('go on without keeping when the cache cannot be written (a full disk), leaving nothing half-written', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'build-cache-'));
    dirs.push(dir);
    // A file where the cache folder should be: every write fails, as on a full disk.
    writeFileSync(join(dir, 'cache'), '');
    const made = await keptOrMade(join(dir, 'cache'), 'a.png', async () => Buffer.from('drawing'));
    expect(made).toEqual({ bytes: Buffer.from('drawing'), reused: false });
    expect(keep(join(dir, 'cache'), 'b.png', Buffer.from('x'))).toBe(false);
    // For the output, the bytes themselves then.
    const output = await keptEntryOrMade(join(dir, 'cache'), 'c.png', async () => Buffer.from('bytes'));
    expect(output).toEqual({ output: Buffer.from('bytes'), reused: false });
    expect(readdirSync(dir)).toEqual(['cache']);
  });

  it('key the drawing code: any change to a drawing file changes the hash', () => {
    const dir = mkdtempSync(join(tmpdir(), 'build-cache-'));
    dirs.push(dir);
    writeFileSync(join(dir, 'draw.ts'), "const ink = '#0b4a7d';");
    const before = sourceHash(dir, ['draw.ts']);
    expect(sourceHash(dir, ['draw.ts'])).toBe(before);
    writeFileSync(join(dir, 'draw.ts'), "const ink = '#b40000';");
    expect(sourceHash(dir, ['draw.ts'])).not.toBe(before);
  });
});
