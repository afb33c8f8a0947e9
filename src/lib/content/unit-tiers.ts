/**
 * The tiers the plan's punctuation gives a task's responsible units. In
 * "（责任单位：市委外办，市商务局、市投资促进局，团市委）" commas separate
 * tiers and 、 joins units within one: 市委外办 is listed first, then
 * 市商务局 and 市投资促进局 together, then 团市委. Read from the plan's own
 * text (content/source/plan.json), so nothing is copied by hand.
 */
import type { SourceParagraph } from './schema/source';
import { paragraphAnchors } from '../outputs/cite/source-anchors';

/**
 * The task's units as tiers of ids, in the plan's order; undefined when the
 * plan's note cannot be read or names a unit that is not among `units`
 * (then the page lists the units as they are, without tiers).
 */
export function unitTiers(paragraphs: readonly SourceParagraph[], task: number, units: readonly { id: string; zh: string }[]): string[][] | undefined {
  const index = paragraphAnchors(paragraphs).indexOf(`item-${task}`);
  const text = paragraphs[index]?.zh.replace(/\s+/g, '');
  const note = text?.match(/（责任单位：(.+?)）$/)?.[1];
  if (!note) return undefined;
  // A scope note (〈含开发区……〉) belongs to the unit before it, not to the list.
  const tiers = note
    .replace(/〈[^〉]*〉/g, '')
    .split('，')
    .map((tier) => tier.split('、').map((name) => units.find((unit) => unit.zh === name)?.id));
  return tiers.every((tier) => tier.every(Boolean)) ? (tiers as string[][]) : undefined;
}
