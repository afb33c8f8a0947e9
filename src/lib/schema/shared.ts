/** Building blocks shared by every content schema: ids, text, bilingual text, dates, links. */
import { z } from 'zod';

/**
 * Characters that are never text: C0 and C1 controls (except tab and line
 * breaks), bidirectional overrides that reverse what a reader sees, and
 * zero-width characters that hide inside words. NUL breaks HTML and CSV.
 */
/* eslint-disable no-control-regex -- control characters are what this pattern exists to find (a block, so that re-wrapping keeps it). */
export const INVISIBLE = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/;
/* eslint-enable no-control-regex */

/** `U+202E (a right-to-left override)`: what an invisible character is, in words. */
export function describeInvisible(char: string): string {
  const code = char.codePointAt(0) ?? 0;
  const hex = `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
  const kind =
    code === 0
      ? 'a NUL byte'
      : code < 0xa0
        ? 'a control character'
        : code >= 0x202a && code <= 0x202e
          ? 'a bidirectional override'
          : code >= 0x2066 && code <= 0x2069
            ? 'a bidirectional isolate'
            : code === 0xfeff
              ? 'a byte-order mark'
              : code === 0x200e || code === 0x200f
                ? 'a direction mark'
                : 'a zero-width character';
  return `${hex} (${kind})`;
}

/** Where the first invisible character of `text` is, and what it is; undefined for clean text. */
function findInvisible(text: string): { index: number; what: string } | undefined {
  const match = INVISIBLE.exec(text);
  return match ? { index: match.index, what: describeInvisible(match[0]) } : undefined;
}

/** Maximum lengths, by what a text is for. */
export const MAX = { id: 60, name: 200, title: 300, note: 1000, paragraph: 5000 } as const;

/**
 * Text an editor writes: trimmed, no invisible characters, and no longer than
 * `max` characters (a name, a note, a paragraph).
 */
export function text(max: number) {
  return z
    .string()
    .trim()
    .max(max, `expected at most ${max} characters: shorten the text`)
    .superRefine((value, ctx) => {
      const found = findInvisible(value);
      if (found)
        ctx.addIssue({ code: 'custom', message: `contains ${found.what} at character ${found.index + 1}, which is invisible or reverses the text: retype the text without it` });
    });
}

/** Lower-case, hyphenated ids: stable in URLs and safe to reference from MDX. */
export const Id = z
  .string()
  .max(MAX.id, `expected an id of at most ${MAX.id} characters`)
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'expected a lower-case id such as "sister-cities"');

/**
 * Text that every reader should get in their own language, each side at most
 * `max` characters. A missing side is not fatal: the site shows the other
 * language with a notice, and the validator warns (or, with --strict, fails).
 * `untranslated` names the side that was filled in.
 */
export function localized(max: number) {
  return z
    .strictObject({
      zh: text(max).optional(),
      en: text(max).optional(),
    })
    .refine((value) => Boolean(value.zh || value.en), 'expected Chinese and English text ({ "zh": "…", "en": "…" })')
    .transform(({ zh = '', en = '' }) => ({
      zh: zh || en,
      en: en || zh,
      ...(zh && en ? {} : { untranslated: zh ? ('en' as const) : ('zh' as const) }),
    }));
}

/** Bilingual text of note length; names and titles use `localized(MAX.name)` and `localized(MAX.title)`. */
export const Localized = localized(MAX.note);
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

/** Links readers may follow: secure web addresses only, never http:, javascript: or data: */
export const WebUrl = z
  .url('expected a full web address')
  .max(2000, 'expected an address of at most 2000 characters')
  .refine(
    (value) => /^https:\/\/[^/@\s]+(\/|$)/i.test(value) && !INVISIBLE.test(value),
    'expected an address starting with https:// (not http://), without a user name or invisible characters',
  );
