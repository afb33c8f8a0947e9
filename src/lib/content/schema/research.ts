/**
 * The research decisions file: every figure found in public sources
 * (content/research/figures-2015-2025.json, by row) and whether the site publishes
 * it, with the reason when it does not. Nothing found is dropped silently.
 */
import { z } from 'zod';
import { Id, MAX, text } from './shared';

/**
 * Why a figure is not published:
 * - grade-c: found only on a repost, mirror or summary; the original was not read;
 * - area: not Wuhan (Hubei, one university, an unclear jurisdiction);
 * - definition: counts something else (countries not routes, a stock not a flow, an average, a target);
 * - conflict: another source gives a different figure for the same period;
 * - definition-changed: the counting appears to have changed, so earlier figures do not compare.
 */
export const ResearchReason = z.enum(['grade-c', 'area', 'definition', 'conflict', 'definition-changed']);
export type ResearchReason = z.infer<typeof ResearchReason>;

/** Both languages, required: the explanation is shown on the metric's page. */
const Explanation = z.strictObject({ zh: text(MAX.note).min(1), en: text(MAX.note).min(1) });

/**
 * A figure's value or period in both languages, required: each language's page shows its own
 * (the research file words them in English, Chinese or Japanese, as each source did).
 */
const FoundText = (what: string) =>
  z.strictObject({ zh: text(MAX.note).pipe(z.string().min(1)), en: text(MAX.note).pipe(z.string().min(1)) }).describe(`${what}, in Chinese and English: { "zh": "…", "en": "…" }`);
const FoundValue = FoundText('The figure as the source words it, with its unit');
const FoundPeriod = FoundText('When the figure refers to, as the source says');

export const ResearchDecision = z.discriminatedUnion('decision', [
  z.strictObject({
    row: z.number().int().nonnegative(),
    metric: Id,
    value: FoundValue,
    period: FoundPeriod,
    grade: z.enum(['A', 'B']).describe('Only A or B figures are published'),
    decision: z.literal('published'),
  }),
  z.strictObject({
    row: z.number().int().nonnegative(),
    metric: Id,
    value: FoundValue,
    period: FoundPeriod,
    grade: z.enum(['A', 'B', 'C']),
    decision: z.literal('not-published'),
    reason: ResearchReason,
    explanation: Explanation.optional(),
  }),
]);
export type ResearchDecision = z.infer<typeof ResearchDecision>;

export const ResearchDecisionsFile = z.strictObject({
  $schema: z.string().optional(),
  $comment: z.string().optional(),
  /** The research file the rows refer to, from the project root. */
  research: z.string().regex(/^content\/research\/[a-z0-9][a-z0-9.-]*\.json$/, 'expected a file in content/research/, e.g. "content/research/figures-2015-2025.json"'),
  figures: z.array(ResearchDecision),
});
export type ResearchDecisionsFile = z.infer<typeof ResearchDecisionsFile>;
