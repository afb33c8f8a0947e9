/** The original document, paragraph by paragraph, with its English translation. */
import { z } from 'zod';
import { Localized, MAX, text } from './shared';

/** A remark by this site on one paragraph (a typo in the original), shown at the paragraph itself. */
const note = Localized.optional();

const Paragraph = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('heading'), level: z.union([z.literal(1), z.literal(2), z.literal(3)]), zh: text(MAX.title).min(1), en: text(MAX.title).min(1) }),
  z.strictObject({ kind: z.literal('paragraph'), zh: text(MAX.paragraph).min(1), en: text(MAX.paragraph).min(1), note }),
]);

export const SourceText = z.strictObject({
  /** Remarks by this site on the original as a whole (a typo it prints), shown above the text; none when absent. */
  notes: z.array(Localized).max(20).default([]),
  paragraphs: z.array(Paragraph).min(1).max(1000),
});
export type SourceText = z.infer<typeof SourceText>;
export type SourceParagraph = z.infer<typeof Paragraph>;
