/**
 * Limits on a task page's shape, checked on the raw text before it is
 * compiled, so that no file an editor can write costs more than a few
 * seconds: Markdown parsers take time that grows faster than the text when
 * brackets, tags or emphasis nest deeply, and a browser lays out a very long
 * word slowly on a narrow screen. Real pages stay far inside every limit.
 */

/** Deepest nesting of brackets, parentheses or HTML elements: prose uses two or three. */
export const MAX_BRACKETS = 20;
/** Longest run without a place to break the line (a space, or Chinese text, which breaks anywhere): a long web address is about 200. */
export const MAX_WORD = 500;
/** Longest line: a long Chinese paragraph is about 2,000 characters. */
export const MAX_LINE = 20_000;
/** Most emphasis markers (*, _, ~) in one paragraph: a page uses a few dozen. */
export const MAX_EMPHASIS = 1_000;

/** Characters a browser may break a line at or around: spaces, CJK text and punctuation. */
const BREAKABLE = /[\s\u2E80-\u9FFF\uA000-\uA4CF\uAC00-\uD7AF\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFFEF]/u;
const VOID_ELEMENTS = new Set(['br', 'img', 'hr', 'wbr']);

export interface BoundsProblem {
  message: string;
  /** Line within the body, from 1. */
  line: number;
}

/** The first limit `body` breaks, or undefined. Linear in the body's length. */
export function boundsProblem(body: string): BoundsProblem | undefined {
  const lines = body.split('\n');
  let brackets = 0;
  let parentheses = 0;
  let elements = 0;
  let emphasis = 0;
  for (let index = 0; index < lines.length; index += 1) {
    const line = lines[index]!;
    const lineNumber = index + 1;
    if (line.length > MAX_LINE) return { message: `the line is ${line.length} characters long; lines are at most ${MAX_LINE}: break the paragraph`, line: lineNumber };
    // Brackets and emphasis never reach across a blank line in Markdown.
    if (!line.trim()) brackets = parentheses = emphasis = 0;
    let word = 0;
    for (let at = 0; at < line.length; at += 1) {
      const char = line[at]!;
      if (char === '\\') {
        at += 1;
        word += 2;
        continue;
      }
      word = BREAKABLE.test(char) ? 0 : word + 1;
      if (word > MAX_WORD)
        return {
          message: `a word of more than ${MAX_WORD} characters without a space: a browser lays it out very slowly on a phone; break it, or make it a link`,
          line: lineNumber,
        };
      if (char === '[') brackets += 1;
      else if (char === ']') brackets = Math.max(0, brackets - 1);
      else if (char === '(') parentheses += 1;
      else if (char === ')') parentheses = Math.max(0, parentheses - 1);
      else if (char === '*' || char === '_' || char === '~') emphasis += 1;
      else if (char === '<') {
        const tag = /^<(\/?)([A-Za-z][\w.:-]*)[^<>]*?(\/?)>/.exec(line.slice(at, at + 2000));
        if (tag) {
          if (tag[1]) elements = Math.max(0, elements - 1);
          else if (!tag[3] && !VOID_ELEMENTS.has(tag[2]!.toLowerCase())) elements += 1;
        }
      }
      if (brackets > MAX_BRACKETS || parentheses > MAX_BRACKETS)
        return { message: `brackets are nested more than ${MAX_BRACKETS} deep: no prose needs that; check the brackets`, line: lineNumber };
      if (elements > MAX_BRACKETS) return { message: `elements are nested more than ${MAX_BRACKETS} deep: simplify the text`, line: lineNumber };
      if (emphasis > MAX_EMPHASIS) return { message: `more than ${MAX_EMPHASIS} emphasis marks (*, _, ~) in one paragraph: simplify the text`, line: lineNumber };
    }
  }
  return undefined;
}
