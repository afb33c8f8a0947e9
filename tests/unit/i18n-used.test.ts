/**
 * Every interface string is used somewhere. A key counts as used when it is
 * written as a string in the site's source, or when it belongs to a family of
 * keys built from a template literal (`status.${status}`): each such family is
 * listed below with its values, taken from the union the value comes from, so
 * that neither an unused key nor an unlisted family passes unnoticed.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { textFiles } from '../../src/lib/outputs/feed/changes';
import type { MarkerShape } from '../../src/lib/charts/palette';
import { resources } from '../../src/lib/language/i18n';
import type { Distance, DistanceBound, Incomparable } from '../../src/lib/judging/progress';
import { Measure } from '../../src/lib/content/schema/metrics';
import type { EnglishStatus } from '../../src/lib/content/schema/registry';
import { ResearchReason } from '../../src/lib/content/schema/research';
import { navSections } from '../../src/lib/outputs/site-map';
import { statuses } from '../../src/lib/judging/status';
import type { PhasePosition } from '../../src/lib/judging/timeline';
import { root } from '../support/plan-text';

/** Every member of a union, once: the type-check fails when one is missing or unknown. */
const each = <T extends string>(members: Record<T, true>) => Object.keys(members) as T[];

/** Keys built as `prefix${value}`, by static prefix, with every value the code can pass. */
const families: Record<string, readonly string[]> = {
  'status.': statuses,
  'methodology.status.': statuses,
  'goals.measure.': Measure.options,
  'progress.measureNote.': Measure.options,
  'reporting.reason.': ResearchReason.options,
  'find.updates.files.': Object.values(textFiles),
  'find.glossary.': each<EnglishStatus>({ official: true, suggested: true, description: true }),
  'chartMarks.': each<MarkerShape>({ rect: true, circle: true, triangle: true, rectRot: true }),
  'reporting.distance.': each<Exclude<Distance['kind'], 'none'>>({
    'to-go': true,
    beyond: true,
    'rate-below': true,
    'rate-above': true,
    'whole-target': true,
  }),
  // 'exact' is said without a word (src/lib/judging/start-line.ts).
  'reporting.bound.': each<Exclude<DistanceBound, 'exact'>>({ 'less-than': true, 'more-than': true, about: true }),
  'reporting.withheld.': each<Incomparable['reason']>({
    context: true,
    'before-break': true,
    'other-period-total': true,
    'other-period-rate': true,
    'too-old': true,
  }),
  // 'during' has a key of its own, with the phase's name (CurrentPhase.astro).
  'timeline.position.': each<Exclude<PhasePosition['state'], 'during'>>({ before: true, after: true }),
  // Unions written inside components, which a test cannot import: the values as the component lists them.
  'timeline.': ['done', 'current', 'upcoming'], // PhaseList.astro, stateOf
  'nav.': navSections,
  'progress.rule.': [...statuses, 'on-track-rate', 'behind-rate', 'behind-maintain'], // AssessmentDetails.astro, ruleKey
};

type Tree = { [key: string]: string | readonly string[] | Tree };

/** Every key; plural forms fold into one key, and a list (read with returnObjects) is one key. */
function keysOf(tree: Tree, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([key, value]) => {
    const path = `${prefix}${key}`;
    return typeof value === 'string' || Array.isArray(value)
      ? [path.replace(/_(zero|one|two|few|many|other)$/, '')]
      : keysOf(value as Tree, `${path}.`);
  });
}

/** The site's source: src/ (but its tests), scripts/ and the Astro config. */
function sourceFiles(): string[] {
  const under = (dir: string) =>
    (readdirSync(join(root, dir), { recursive: true }) as string[]).map((file) => join(dir, file));
  return [...under('src'), ...under('scripts'), 'astro.config.mjs'].filter(
    (file) => /\.(ts|astro|mjs)$/.test(file) && !/\.test\.ts$/.test(file),
  );
}

/** Strings a key could be written as, and the static prefixes of template literals that build one. */
function scan(texts: readonly string[], keys: ReadonlySet<string>) {
  const literals = new Set<string>();
  const prefixes = new Set<string>();
  for (const text of texts) {
    for (const match of text.matchAll(/(['"`])([A-Za-z][\w-]*(?:\.[\w-]+)+)\1/g)) literals.add(match[2]!);
    for (const match of text.matchAll(/`([A-Za-z][\w-]*(?:\.[\w-]+)*\.)\$\{/g)) {
      if ([...keys].some((key) => key.startsWith(match[1]!))) prefixes.add(match[1]!);
    }
  }
  return { literals, prefixes };
}

/** Keys no source uses, given the families; and families missing on either side. */
function unusedKeys(keys: readonly string[], texts: readonly string[]) {
  const { literals, prefixes } = scan(texts, new Set(keys));
  const used = new Set([
    ...literals,
    ...Object.entries(families).flatMap(([prefix, values]) => values.map((value) => `${prefix}${value}`)),
  ]);
  return {
    unused: keys.filter((key) => !used.has(key)),
    unlisted: [...prefixes].filter((prefix) => !(prefix in families)),
    stale: Object.keys(families).filter((prefix) => !prefixes.has(prefix)),
  };
}

describe('interface strings', () => {
  const keys = keysOf(resources.en as unknown as Tree);
  const texts = sourceFiles().map((file) => readFileSync(join(root, file), 'utf8'));

  it('are all used by the site', () => {
    expect(unusedKeys(keys, texts)).toEqual({ unused: [], unlisted: [], stale: [] });
  });

  it('each family built from a template literal has every value as a key', () => {
    const missing = Object.entries(families)
      .flatMap(([prefix, values]) => values.map((value) => `${prefix}${value}`))
      .filter((key) => !keys.includes(key));
    expect(missing).toEqual([]);
  });

  it('a key nothing uses, or a template literal with no family, is found', () => {
    expect(unusedKeys([...keys, 'home.neverShown'], texts).unused).toEqual(['home.neverShown']);
    expect(unusedKeys(keys, [...texts, 'const x = t(`outcomes.${kind}`);']).unlisted).toEqual([]);
    expect(unusedKeys([...keys, 'outcomes.good'], [...texts, 'const x = t(`outcomes.${kind}`);']).unlisted).toEqual([
      'outcomes.',
    ]);
  });
});
