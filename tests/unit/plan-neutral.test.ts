/**
 * The generator knows nothing of the plan it builds: no interface string and
 * no string in the code names this plan's years, its counts (of targets,
 * tasks, groups, areas, phases) as digits or words in either language, its
 * city or any name from its registry. All of them come from content/, so
 * another plan's content folder builds its own site (tests/site/other-plan.test.ts).
 *
 * What is read: every value of src/i18n/*.json, and every string a reader or a
 * file could get from the code in src/ (string and template literals in
 * .ts/.mjs and in .astro frontmatter, and the whole markup of .astro files,
 * comments removed). Comments are left out on purpose: they explain the code
 * with the real plan as the example ("2026年3月9日" is how a date is
 * written), which makes no page or file plan-specific. Numbers in code are
 * left out too (`slice(0, 3)` is not a count of groups); a count the code
 * assumed would show as a schema limit, which content.test.ts and the
 * fixture plan's build would catch.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { countInWords } from '../../src/lib/language/count-words';
import { planFacts, type PlanFact } from '../support/plan-facts';
import { root } from '../support/plan-text';

/** Every string value in an interface-string file, with its key. */
function i18nStrings(file: string): { where: string; text: string }[] {
  const found: { where: string; text: string }[] = [];
  const walk = (value: unknown, key: string) => {
    if (typeof value === 'string') found.push({ where: `${file} ${key}`, text: value });
    else if (Array.isArray(value)) value.forEach((item, index) => walk(item, `${key}[${index}]`));
    else if (value && typeof value === 'object')
      for (const [name, inner] of Object.entries(value)) walk(inner, key ? `${key}.${name}` : name);
  };
  walk(JSON.parse(readFileSync(join(root, file), 'utf8')), '');
  return found;
}

/** The literals of TypeScript source (strings, template pieces, JSX text), without comments. */
export function codeStrings(source: string, file: string): { where: string; text: string }[] {
  const sourceFile = ts.createSourceFile(
    file,
    source,
    ts.ScriptTarget.Latest,
    true,
    file.endsWith('x') ? ts.ScriptKind.TSX : ts.ScriptKind.TS,
  );
  const found: { where: string; text: string }[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isStringLiteralLike(node) || ts.isTemplateLiteralToken(node) || ts.isJsxText(node)) {
      const { line } = sourceFile.getLineAndCharacterOfPosition(node.getStart());
      found.push({ where: `${file}:${line + 1}`, text: node.text });
    }
    ts.forEachChild(node, visit);
  };
  visit(sourceFile);
  return found;
}

/** An .astro file: its frontmatter as TypeScript, its markup (where text is written for readers) whole, comments removed. */
export function astroStrings(source: string, file: string): { where: string; text: string }[] {
  const match = /^---\n([\s\S]*?)\n---\n/.exec(source);
  const frontmatter = match ? codeStrings(match[1]!, file) : [];
  const offset = match ? match[0].split('\n').length - 1 : 0;
  const markup = (match ? source.slice(match[0].length) : source)
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/\{\/\*[\s\S]*?\*\/\}/g, '');
  return [
    ...frontmatter,
    ...markup.split('\n').map((text, index) => ({ where: `${file}:${offset + index + 1}`, text })),
  ];
}

function sourceStrings(): { where: string; text: string }[] {
  const files = (readdirSync(join(root, 'src'), { recursive: true }) as string[]).map((file) => join('src', file));
  return files.flatMap((file) => {
    // count-words.ts is the table of number words itself.
    if (/\.test\.ts$/.test(file) || file === 'src/lib/language/count-words.ts') return [];
    if (/\.(ts|mjs)$/.test(file)) return codeStrings(readFileSync(join(root, file), 'utf8'), file);
    if (file.endsWith('.astro')) return astroStrings(readFileSync(join(root, file), 'utf8'), file);
    if (/^src\/i18n\/.*\.json$/.test(file)) return i18nStrings(file);
    return [];
  });
}

/** Each string that names a fact of the plan, with the fact. */
export function findPlanFacts(
  strings: readonly { where: string; text: string }[],
  needles: readonly PlanFact[],
): string[] {
  return strings.flatMap(({ where, text }) =>
    needles
      .filter(({ pattern }) => pattern.test(text))
      .map(({ what }) => `${where}: ${what} in ${JSON.stringify(text.slice(0, 120))}`),
  );
}

describe('the generator (src/ and its interface strings)', () => {
  const { facts: needles, plan, metrics, registry, taskCount } = planFacts(root);

  // Parsing every source file takes a few seconds on a busy machine: once, for both cases.
  const strings = sourceStrings();

  it("names none of this plan's years, counts, city or registry names: they come from content/", () => {
    expect(findPlanFacts(strings, needles)).toEqual([]);
  });

  it('reads what matters, and would find each kind of plan fact', () => {
    // The scan reaches i18n values, code literals and .astro markup.
    expect(strings.some(({ where }) => where.startsWith('src/i18n/en.json nav.home'))).toBe(true);
    expect(strings.some(({ where }) => where.startsWith('src/lib/'))).toBe(true);
    expect(strings.some(({ where }) => where.startsWith('src/components/') && where.includes('.astro:'))).toBe(true);
    const planted = [
      ...codeStrings(
        `// ${plan.place.en} in a comment is fine\nconst year = 'No ${plan.targetPeriod.end.slice(0, 4)} figure';\nconst label = \`See all ${metrics.length} targets\`;`,
        'planted.ts',
      ),
      ...astroStrings(
        `---\nconst a = 1;\n---\n<!-- ${plan.place.zh} -->\n<h2>${countInWords(plan.metricGroups.length, 'zh')}类目标</h2>\n<p>${registry.units[0]!.en}</p>`,
        'planted.astro',
      ),
      { where: 'planted.json', text: `The ${countInWords(taskCount, 'en')} tasks in ${plan.place.en}` },
    ];
    const found = findPlanFacts(planted, needles);
    expect(found.filter((problem) => problem.startsWith('planted.ts:1'))).toEqual([]);
    expect(found.some((problem) => problem.startsWith('planted.ts:2') && problem.includes("the plan's year"))).toBe(
      true,
    );
    expect(
      found.some((problem) => problem.startsWith('planted.ts:3') && problem.includes('the count of targets')),
    ).toBe(true);
    expect(found.filter((problem) => problem.startsWith('planted.astro:4'))).toEqual([]);
    expect(
      found.some((problem) => problem.startsWith('planted.astro:5') && problem.includes('metric groups in Chinese')),
    ).toBe(true);
    expect(found.some((problem) => problem.startsWith('planted.astro:6') && problem.includes('registry name'))).toBe(
      true,
    );
    expect(found.filter((problem) => problem.startsWith('planted.json'))).toHaveLength(2);
  });
});
