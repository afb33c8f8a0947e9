/** The registry: every named body and term in both languages, referenced by id. */
import { z } from 'zod';
import { Id, Localized } from './shared';

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
  zh: z.string().trim().min(1),
  en: z.string().trim().min(1),
  english: EnglishStatus,
  /** Several bodies under one entry (各区人民政府): not counted as one named unit. */
  collective: z.literal(true).optional(),
  /** The plan's own qualifier of the entry, shown wherever the entry is listed (〈含开发区…〉). */
  scope: Localized.optional(),
});

const Term = z.strictObject({
  id: Id,
  zh: z.string().trim().min(1),
  en: z.string().trim().min(1),
  english: EnglishStatus,
  /** What an opaque name means, for English readers; shown beside the name on first use. */
  gloss: z.string().trim().min(1).optional(),
});

export const Registry = z.strictObject({
  $comment: z.string().optional(),
  units: z.array(Name).min(1),
  bodies: z.array(Name),
  terms: z.array(Term),
});

export type Registry = z.infer<typeof Registry>;
export type NamedBody = z.infer<typeof Name>;
export type Term = z.infer<typeof Term>;
