/** The registry: every named body and term in both languages, referenced by id. */
import { z } from 'zod';
import { registryRules } from './rules/registry';
import { Id, Localized, MAX, text } from './shared';

/**
 * How far the English name can be trusted: `official` was seen in a public English source;
 * `suggested` is ours, following the pattern of the matching national body (readers are told);
 * `description` marks a generic phrase such as 各区人民政府, which describes bodies rather than naming one.
 */
const EnglishStatus = z
  .enum(['official', 'suggested', 'description'])
  .describe('official: seen in a public English source; suggested: our translation, no official English found; description: a generic phrase, not a name');
export type EnglishStatus = z.infer<typeof EnglishStatus>;

const Name = z.strictObject({
  id: Id,
  zh: text(MAX.name).min(1),
  en: text(MAX.name).min(1),
  english: EnglishStatus,
  /** Several bodies under one entry (各区人民政府): not counted as one named unit. */
  collective: z.literal(true).optional(),
  /** The plan's own qualifier of the entry, shown wherever the entry is listed (〈含开发区…〉). */
  scope: Localized.optional(),
});

const Term = z.strictObject({
  id: Id,
  zh: text(MAX.name).min(1),
  en: text(MAX.name).min(1),
  english: EnglishStatus,
  /** What an opaque name means, for English readers; shown beside the name on first use. */
  gloss: text(MAX.note).min(1).optional(),
});

export const Registry = z
  .strictObject({
    $comment: text(MAX.note).optional(),
    units: z.array(Name).min(1).max(500),
    bodies: z.array(Name).max(500),
    terms: z.array(Term).max(1000),
  })
  .superRefine((registry, ctx) => {
    // One id, one English name, across units, bodies and terms.
    const all = (['units', 'bodies', 'terms'] as const).flatMap((list) => registry[list].map((entry, index) => ({ entry, path: [list, index] as (string | number)[] })));
    const ids = new Set<string>();
    const english = new Map<string, string>();
    for (const { entry, path } of all) {
      if (ids.has(entry.id)) ctx.addIssue({ code: 'custom', path: [...path, 'id'], message: `duplicate id "${entry.id}": every id must be used once` });
      ids.add(entry.id);
      const other = english.get(entry.zh);
      if (other !== undefined && other !== entry.en)
        ctx.addIssue({ code: 'custom', path: [...path, 'en'], message: `"${entry.zh}" already has the English name "${other}": one Chinese name gets one English name` });
      english.set(entry.zh, entry.en);
    }
  })
  .superRefine(registryRules);

export type Registry = z.infer<typeof Registry>;
export type NamedBody = z.infer<typeof Name>;
export type Term = z.infer<typeof Term>;
