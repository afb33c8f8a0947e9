/**
 * Stable, language-independent anchors for the paragraphs of the plan's
 * text, derived from its own numbering: `part-2` for 二、, `part-2-1` for
 * （一） within it, `item-5` for task 5, and `part-1-p2` for the second
 * unnumbered paragraph after the last numbered one. The same ids on both
 * languages' pages let a link (and the language switch) keep its place.
 */
import type { SourceParagraph } from '../../content/schema/source';

const numerals = '一二三四五六七八九十';
const numeral = (text: string) => numerals.indexOf(text) + 1;
const compact = (text: string) => text.replace(/\s+/g, '');

export function paragraphAnchors(paragraphs: readonly SourceParagraph[]): string[] {
  const ids: string[] = [];
  let part = '';
  let last = 'head';
  let unnumbered = 0;
  const used = new Set<string>();
  for (const paragraph of paragraphs) {
    const text = compact(paragraph.zh);
    const partMatch = text.match(/^([一二三四五六七八九十])、/);
    const subMatch = text.match(/^（([一二三四五六七八九十])）/);
    const itemMatch = text.match(/^(\d+)[.．]/);
    let id: string;
    if (partMatch) id = part = `part-${numeral(partMatch[1]!)}`;
    else if (subMatch && part) id = `${part}-${numeral(subMatch[1]!)}`;
    else if (itemMatch) id = `item-${itemMatch[1]}`;
    else id = '';
    if (id) {
      last = id;
      unnumbered = 0;
    } else {
      unnumbered += 1;
      id = `${last}-p${unnumbered}`;
    }
    // A repeated number (a typo in the source) must not give two paragraphs one id.
    let unique = id;
    for (let copy = 2; used.has(unique); copy += 1) unique = `${id}-${copy}`;
    used.add(unique);
    ids.push(unique);
  }
  return ids;
}

/** The anchor of the paragraph that holds `wording` (spaces ignored), or undefined. */
export function anchorOfWording(paragraphs: readonly SourceParagraph[], wording: string): string | undefined {
  const index = paragraphs.findIndex((paragraph) => compact(paragraph.zh).includes(compact(wording)));
  return index < 0 ? undefined : paragraphAnchors(paragraphs)[index];
}

/** The anchor of task `number`'s paragraph (`1. …` in part 二). */
export function anchorOfTask(paragraphs: readonly SourceParagraph[], number: number): string | undefined {
  const id = `item-${number}`;
  return paragraphAnchors(paragraphs).includes(id) ? id : undefined;
}
