/** Where a published figure, or a progress note on a task, comes from: the one source shape every such fact carries. */
import { z } from 'zod';
import { IsoDate, localized, MAX, WebUrl } from './shared';

/**
 * Where a figure was published. A reader must be able to check it: a web
 * address, or, for a source only on paper, `printOnly: true`; and the day
 * the source itself was published, which may be long after the figure's date.
 */
export const Source = z
  .strictObject({
    title: localized(MAX.title),
    publisher: localized(MAX.name).describe('Who published the source, e.g. { "zh": "荆楚网", "en": "cnhubei.com" }'),
    url: WebUrl.optional().describe('The web address of the source; required unless printOnly is true'),
    printOnly: z.literal(true).optional().describe('true when the source exists only on paper (then url may be left out)'),
    publishedOn: IsoDate.describe('The day the source was published, YYYY-MM-DD'),
  })
  .refine((source) => source.url !== undefined || source.printOnly === true, {
    message: 'expected "url" (the web address of the source), or "printOnly": true for a source only on paper',
    path: ['url'],
  });
export type Source = z.infer<typeof Source>;
