/** Building blocks shared by every content schema: ids, text, bilingual text, dates, links. */
import { z } from 'zod';
import { refuseNotEnglish } from './rules/language';

/**
 * Characters that are never text: C0 and C1 controls (except tab and line
 * breaks), bidirectional overrides, isolates and marks (U+061C too) that
 * reverse or reorder what a reader sees, zero-width and filler characters
 * that hide inside words (soft hyphen, Hangul fillers, Mongolian separators,
 * U+2028/U+2029, which HTML shows as nothing), tag characters that carry
 * hidden text, non-characters and lone surrogates (half of a character,
 * published as U+FFFD). NUL breaks HTML and CSV. With the u flag, a
 * surrogate range matches only a lone surrogate, never a whole character.
 */
export const INVISIBLE =
  // eslint-disable-next-line no-control-regex, no-misleading-character-class -- control and invisible characters are what this pattern exists to find.
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u00AD\u034F\u061C\u115F\u1160\u17B4\u17B5\u180B-\u180F\u200B-\u200F\u2028-\u202E\u2060-\u2064\u2066-\u206F\u3164\uD800-\uDFFF\uFEFF\uFFA0\uFFF9-\uFFFB\uFFFE\uFFFF\u{E0000}-\u{E007F}]/u;

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
              : code === 0x200e || code === 0x200f || code === 0x061c
                ? 'a direction mark'
                : code === 0x2028 || code === 0x2029
                  ? 'a line or paragraph separator, which pages show as nothing'
                  : code >= 0xd800 && code <= 0xdfff
                    ? 'half of a character (a lone surrogate), published as �'
                    : code >= 0xe0000
                      ? 'a tag character, which carries hidden text'
                      : code === 0x00ad
                        ? 'a soft hyphen'
                        : (code >= 0x200b && code <= 0x200d) || (code >= 0x2060 && code <= 0x2064)
                          ? 'a zero-width character'
                          : 'an invisible character';
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
      // A line break in a name or title would start a new line in a citation file (RIS) or a log.
      const lineBreak = max <= MAX.title ? /[\r\n]/.exec(value) : null;
      if (lineBreak) ctx.addIssue({ code: 'custom', message: `contains a line break at character ${lineBreak.index + 1}: a name or title is one line` });
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
    .superRefine((value, ctx) => refuseNotEnglish(value.en, ctx, ['en']))
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
