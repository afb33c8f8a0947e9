/** The archive of every data file and the file of figures found but not published. */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { researchDecisions, site } from '../../src/lib/content/data';
import { downloadFiles } from '../../src/lib/outputs/downloads';
import { zipFiles } from '../../src/lib/outputs/zip';

const terms = { licence: site.licence };

describe('data downloads', () => {
  it('list every figure found but not published, with its grade and reason in both languages', () => {
    const file = downloadFiles().find((candidate) => candidate.name === 'figures-not-published.csv')!;
    const lines = (file.body(terms) as string).trim().split('\r\n');
    expect(lines.length - 1).toBe(
      researchDecisions.figures.filter((entry) => entry.decision === 'not-published').length,
    );
    expect(lines[0]).toContain('grade,reason,reason_zh,reason_en');
  });

  it('pack every other data file into one archive that unzip reads back byte for byte', () => {
    const files = downloadFiles();
    const archive = files.find((file) => file.name === 'all-data.zip')!.body(terms) as Uint8Array;
    const folder = mkdtempSync(join(tmpdir(), 'zip-'));
    try {
      writeFileSync(join(folder, 'all.zip'), archive);
      expect(execFileSync('unzip', ['-t', join(folder, 'all.zip')], { encoding: 'utf8' })).toContain(
        'No errors detected',
      );
      const others = files.filter((file) => file.name !== 'all-data.zip');
      for (const file of others) {
        const body = file.body(terms);
        expect(execFileSync('unzip', ['-p', join(folder, 'all.zip'), file.name])).toEqual(
          Buffer.from(typeof body === 'string' ? body : body),
        );
      }
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });

  it('makes the same bytes from the same files', () => {
    const files = [{ name: 'a.csv', bytes: new TextEncoder().encode('a,b\r\n1,2\r\n') }];
    expect(zipFiles(files)).toEqual(zipFiles(files));
  });
});
