/**
 * A plan's facts as patterns to look for: its years, its counts (of targets,
 * tasks, groups, areas, phases) as digits and as words in both languages, its
 * city, and the names in its registry. Read from a project's content/ folder:
 * the generator must name none of them (plan-neutral.test.ts), and another
 * plan's site must show none of this plan's (other-plan.test.ts).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { countInWords } from '../../src/lib/language/count-words';

/** A string that must not appear, what it is (for the message) and which kind of fact. */
export interface PlanFact {
  kind: 'year' | 'count' | 'name';
  what: string;
  pattern: RegExp;
}

type Name = { id: string; zh: string; en: string; english: string };

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Registry names that are also the schema's own words: content/plan.json's `organization` is a
 * leading group with an office, which the organization page labels; another plan's registry
 * may hold the same words.
 */
const generic = new Set(['Office of the Leading Group']);

/** The facts of the plan whose content is in `projectRoot`/content, with the content read. */
export function planFacts(projectRoot: string) {
  const read = (file: string) => JSON.parse(readFileSync(join(projectRoot, 'content', file), 'utf8'));
  const plan = read('plan.json');
  const metrics = read('metrics.json').metrics as unknown[];
  const registry = read('registry.json') as Record<'units' | 'bodies' | 'terms', Name[]>;
  const taskCount = readdirSync(join(projectRoot, 'content/tasks/zh')).filter((file) => file.endsWith('.mdx')).length;

  const facts: PlanFact[] = [];
  const first = Number(plan.targetPeriod.start.slice(0, 4));
  const last = Number(plan.targetPeriod.end.slice(0, 4));
  for (let year = first; year <= last; year += 1)
    facts.push({ kind: 'year', what: `the plan's year ${year}`, pattern: new RegExp(`(?<!\\d)${year}(?!\\d)`) });

  const counts: Record<string, number> = {
    targets: metrics.length,
    tasks: taskCount,
    'metric groups': plan.metricGroups.length,
    'task groups': plan.taskGroups.length,
    phases: plan.phases.length,
  };
  // Chinese counts stand before a measure word (十二项, 三类, 三个方面); 三 alone is also in 三角形.
  const measure = '(?=项|个|类|条|大|方面|阶段|组)';
  for (const [what, count] of Object.entries(counts)) {
    // Single digits are everywhere in code and strings (h3, 3px); a count of ten or more is distinctive
    // when it counts something: "12 tasks", "12项" (not x="12", 12px or -12-31).
    if (count >= 10)
      facts.push({
        kind: 'count',
        what: `the count of ${what} (${count})`,
        pattern: new RegExp(`(?<![\\d.-])${count}(?=\\s+[A-Za-z]|[\\u4e00-\\u9fff])`),
      });
    const english = countInWords(count, 'en');
    // A word, not part of a class name (card-grid--three is a layout).
    if (english !== String(count))
      facts.push({
        kind: 'count',
        what: `the count of ${what} in words ("${english}")`,
        pattern: new RegExp(`(?<![-\\w])${english}(?![-\\w])`, 'i'),
      });
    facts.push({
      kind: 'count',
      what: `the count of ${what} in Chinese (${countInWords(count, 'zh')})`,
      pattern: new RegExp(`${countInWords(count, 'zh')}${measure}`),
    });
    if (count === 2)
      facts.push({
        kind: 'count',
        what: `the count of ${what} in Chinese (二)`,
        pattern: new RegExp(`(?<!十)二${measure}`),
      });
  }

  facts.push(
    { kind: 'name', what: "the plan's city", pattern: new RegExp(escape(plan.place.zh)) },
    { kind: 'name', what: "the plan's city", pattern: new RegExp(`\\b${escape(plan.place.en)}\\b`, 'i') },
  );
  // Generic phrases (各区人民政府) describe bodies rather than name one: the schema marks them `description`.
  for (const entry of [...registry.units, ...registry.bodies, ...registry.terms].filter(
    (name) => name.english !== 'description' && !generic.has(name.en),
  )) {
    facts.push({ kind: 'name', what: `the registry name ${entry.zh}`, pattern: new RegExp(escape(entry.zh)) });
    facts.push({
      kind: 'name',
      what: `the registry name ${entry.en}`,
      pattern: new RegExp(`\\b${escape(entry.en)}\\b`, 'i'),
    });
  }
  return { facts, plan, metrics, registry, taskCount };
}
