/** The registry: every named body and term in both languages, referenced by id. */
import { z } from 'zod';
import { Id, Localized, MAX, text } from './shared';

/** Whether the English name was seen in a public English source or is our suggestion. */
const EnglishStatus = z.enum(['official', 'suggested']);

const Name = z.strictObject({
  id: Id,
  zh: text(MAX.name).min(1),
  en: text(MAX.name).min(1),
  english: EnglishStatus,
  note: Localized.optional(),
});

const Term = z.strictObject({
  id: Id,
  zh: text(MAX.name).min(1),
  en: text(MAX.name).min(1),
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
      if (other !== undefined && other !== entry.en) ctx.addIssue({ code: 'custom', path: [...path, 'en'], message: `"${entry.zh}" already has the English name "${other}": one Chinese name gets one English name` });
      english.set(entry.zh, entry.en);
    }
  });

export type Registry = z.infer<typeof Registry>;
export type NamedBody = z.infer<typeof Name>;
export type Term = z.infer<typeof Term>;
