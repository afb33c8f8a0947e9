/**
 * The plan document's dates in the order a document has them: dated
 * (issued), then printed and issued (印发) on that day or later, within the
 * year its number gives (武政办〔2026〕26号 is a 2026 document) and no later
 * than the end of the period its targets are for.
 */
import type { z } from 'zod';

interface PlanLike {
  document: { number: { zh: string; en: string }; issued: string; printed: string };
  targetPeriod: { start: string; end: string };
}

/** The year a document number gives: 〔2026〕 or [2026]; undefined when it gives none. */
export function yearOfNumber(number: string): string | undefined {
  return /[〔[［(（](\d{4})[〕\]］)）]/.exec(number)?.[1];
}

export function planRules(plan: PlanLike, ctx: z.core.$RefinementCtx): void {
  const { issued, printed, number } = plan.document;
  const issue = (path: (string | number)[], message: string) => ctx.addIssue({ code: 'custom', path, message });
  if (printed < issued)
    issue(['document', 'printed'], `printed and issued (印发) on ${printed}, before the document's date (${issued}): a document is printed on or after its date`);
  for (const [lang, text] of [
    ['zh', number.zh],
    ['en', number.en],
  ] as const) {
    const year = yearOfNumber(text);
    if (year && year !== issued.slice(0, 4))
      issue(['document', 'issued'], `the document number "${text}" is of ${year}, but the document is dated ${issued}: check the year (${lang} number)`);
  }
  if (issued > plan.targetPeriod.end) issue(['document', 'issued'], `dated ${issued}, after the period its targets are for ends (${plan.targetPeriod.end})`);
}
