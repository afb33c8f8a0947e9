/** Building blocks shared by every content schema: ids, bilingual text, dates. */
import { z } from 'zod';

/** Lower-case, hyphenated ids: stable in URLs and safe to reference from MDX. */
export const Id = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'expected a lower-case id such as "sister-cities"');

/**
 * Text that every reader should get in their own language. A missing side is
 * not fatal: the site shows the other language with a notice, and the
 * validator warns (or, with --strict, fails). `untranslated` names the side
 * that was filled in.
 */
export const Localized = z
  .strictObject({
    zh: z.string().trim().optional(),
    en: z.string().trim().optional(),
  })
  .refine((text) => Boolean(text.zh || text.en), 'expected Chinese and English text ({ "zh": "…", "en": "…" })')
  .transform(({ zh = '', en = '' }) => ({
    zh: zh || en,
    en: en || zh,
    ...(zh && en ? {} : { untranslated: zh ? ('en' as const) : ('zh' as const) }),
  }));
export type Localized = z.output<typeof Localized>;

/** A calendar date that really exists, written YYYY-MM-DD. */
export const IsoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date written YYYY-MM-DD')
  .refine((value) => {
    const date = new Date(`${value}T00:00:00Z`);
    return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
  }, 'expected a real calendar date');

/** A month written YYYY-MM. */
export const IsoMonth = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'expected a month written YYYY-MM');

/** Links readers may follow: only the web, never javascript: or data: */
export const WebUrl = z
  .url('expected a full web address')
  .refine((value) => /^https?:\/\//i.test(value), 'expected an address starting with https:// or http://');
