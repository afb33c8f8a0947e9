/**
 * Seeded fuzzing of the content check, in-process: a few hundred random
 * mutations spread over every content file. None may crash the check; each is
 * either refused with a message naming the mutated file, or passes. FUZZ_SEED=n
 * runs another seed.
 */
import { describe, expect, it } from 'vitest';
import { formatProblem } from '../../src/lib/content/errors';
import { checkContentFiles } from '../../src/lib/content/validate/index';
import { editedContent } from '../support/content-memory';

/** mulberry32: a small seeded generator, so every run mutates the same way. */
function random(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const hostileTexts = [
  '',
  ' ',
  '\u0000',
  'a\u202Eb',
  'x\u200By',
  '<script>alert(1)</script>',
  '</noscript><img src=x onerror=alert(1)>',
  '{1+1}',
  'javascript:alert(1)',
  'http://example.org',
  '2026-02-30',
  'x'.repeat(6000),
  '=HYPERLINK("x")',
  '\\',
  '"',
  '---',
  'NaN',
];
const hostileValues: unknown[] = [
  null,
  [],
  {},
  true,
  0,
  -1,
  1.5,
  1e20,
  5e-324,
  -1e9,
  '',
  '129个',
  ...hostileTexts.slice(3, 8),
];
const tokens = [
  ',',
  '{',
  '}',
  '[',
  ']',
  '"',
  ':',
  '\n',
  '---\n',
  '\u0000',
  '\u202E',
  '\uFEFF',
  '<noscript>',
  '<textarea>',
  '<script>',
  '{x}',
  'import x from "y"\n',
  '<Term id="nope" />',
  '[x](javascript:alert(1))',
  '![x](https://t.example/p.png)',
  '> '.repeat(40),
  '<a ping="https://t.example">x</a>',
  'null',
  '1e400',
  '-',
  '\t',
  '\r\n',
];

type Rng = () => number;
const pick = <T>(rng: Rng, items: readonly T[]): T => items[Math.floor(rng() * items.length)]!;

function mutateText(rng: Rng, text: string): string | Uint8Array {
  const at = Math.floor(rng() * text.length);
  const length = 1 + Math.floor(rng() * 40);
  switch (Math.floor(rng() * 8)) {
    case 0:
      return text.slice(0, at) + text.slice(at + length);
    case 1:
      return text.slice(0, at) + pick(rng, tokens) + text.slice(at);
    case 2:
      return text.slice(0, at) + text.slice(at, at + length) + text.slice(at);
    case 3:
      return text.slice(0, at);
    case 4:
      return text.replace(/-?\d+(\.\d+)?/g, (match) =>
        rng() < 0.2 ? String(pick(rng, [0, -1, 1.5, 1e20, 13, 99999999999])) : match,
      );
    case 5:
      return text.replace(/"[^"\n]*"/, JSON.stringify(pick(rng, hostileTexts)));
    case 6: {
      const lines = text.split('\n');
      const a = Math.floor(rng() * lines.length);
      const b = Math.floor(rng() * lines.length);
      [lines[a], lines[b]] = [lines[b]!, lines[a]!];
      return lines.join('\n');
    }
    default:
      return Uint8Array.from({ length: 1 + Math.floor(rng() * 64) }, () => Math.floor(rng() * 256));
  }
}

/** A structural change to parsed JSON: a key deleted, a value replaced, an item duplicated. */
function mutateJson(rng: Rng, text: string): string {
  const data = JSON.parse(text);
  let node: any = data;
  for (let depth = 0; depth < 6; depth += 1) {
    const keys = node && typeof node === 'object' ? Object.keys(node) : [];
    if (!keys.length) break;
    const key = pick(rng, keys);
    const child = node[key];
    if (!child || typeof child !== 'object' || rng() < 0.25) {
      const action = rng();
      if (action < 0.3 && !Array.isArray(node)) delete node[key];
      else if (action < 0.5 && Array.isArray(node)) node.push(structuredClone(child));
      else node[key] = structuredClone(pick(rng, hostileValues));
      break;
    }
    node = child;
  }
  return JSON.stringify(data, null, 2);
}

const files = [...editedContent([]).entries()].filter(([, entry]) => entry instanceof Uint8Array).map(([file]) => file);
const PER_FILE = 10;

describe('fuzzing the content check', () => {
  it(`never crashes: ${PER_FILE} seeded mutations of each of the ${files.length} content files are each refused naming the file, or pass`, async () => {
    const rng = random(Number(process.env.FUZZ_SEED ?? 20261126));
    let refused = 0;
    for (const file of files) {
      for (let round = 0; round < PER_FILE; round += 1) {
        const structural = file.endsWith('.json') && rng() < 0.5;
        const edit = { file, change: (text: string) => (structural ? mutateJson(rng, text) : mutateText(rng, text)) };
        const result = await checkContentFiles(editedContent([edit]), { today: '2026-11-26' });
        const messages = [...result.errors, ...result.warnings].map(formatProblem);
        const label = `${file}, round ${round}:\n${messages.join('\n')}`;
        for (const message of messages)
          expect(message, label).not.toMatch(/\[object |\bundefined\b|could not be checked/);
        if (result.errors.length) {
          refused += 1;
          expect(
            messages.some((message) => message.includes(file)),
            label,
          ).toBe(true);
        }
      }
    }
    // Most random changes break something; a fuzzer that never hits a rule tests nothing.
    expect(refused).toBeGreaterThan(files.length * PER_FILE * 0.5);
  }, 120_000);
});
