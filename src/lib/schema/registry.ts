/** The registry: every named body and term in both languages, referenced by id. */
import { z } from 'zod';
import { Id, Localized } from './shared';

/** Whether the English name was seen in a public English source or is our suggestion. */
const EnglishStatus = z.enum(['official', 'suggested']);

const Name = z.strictObject({
  id: Id,
  zh: z.string().trim().min(1),
  en: z.string().trim().min(1),
  english: EnglishStatus,
  note: Localized.optional(),
});

const Term = z.strictObject({
  id: Id,
  zh: z.string().trim().min(1),
  en: z.string().trim().min(1),
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
