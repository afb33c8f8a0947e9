/**
 * The one store shared between Astro's two module instances. Astro loads
 * astro.config.mjs (with the integrations it imports) and the page bundle as
 * separate instances of the same modules in one Node process, so a
 * module-level value in, say, render.ts exists twice. Configuration crosses
 * from the config to the pages as data, through the build context
 * (src/integrations/build-context.ts: a Vite virtual module and defines).
 * What the pages make for the integrations cannot travel that way: it is
 * live objects (requests with the promises of their drawing) that an
 * integration awaits when the pages are done. Those, and the parsed content,
 * live here, in one object on globalThis, and nowhere else:
 *
 * - `chart-pngs`, `share-cards`: drawn beside the pages instead of as pages,
 *   which took 5.5 s of idle waiting off a 17 s cold build;
 * - `parsed-json-content`: the content check's parse, reused by the pages; a
 *   second parse costs 60–350 ms (1–3% of a build) and could disagree with
 *   the check in `astro dev`;
 * - `text-metrics`: text measured in the chart font (charts/measure.ts), by
 *   both instances, and kept between builds, so that a rebuild need not load
 *   the canvas at all;
 * - `chart-files`: the chart files' SVGs drawn as a build starts, taken by
 *   their route instead of being drawn again (charts/chart-downloads.ts);
 * - `qr-codes`: the pages' QR codes, drawn by the pages and kept between
 *   builds by src/integrations/share-cards.ts (images/qr.ts).
 *
 * docs/decisions.md ("One store shared between Astro's two module
 * instances") has the measurements. Anything else is per instance.
 */

/** The only things shared between the two instances. */
export type SharedSlot =
  'parsed-json-content' | 'chart-pngs' | 'share-cards' | 'text-metrics' | 'chart-files' | 'qr-codes';

const KEY = Symbol.for('report-site.build-store');
const holder = globalThis as typeof globalThis & { [KEY]?: Partial<Record<SharedSlot, unknown>> };

/** The value kept in `slot`, made by `create` the first time either instance asks. */
export function shared<T>(slot: SharedSlot, create: () => T): T {
  const store = (holder[KEY] ??= {});
  return (store[slot] ??= create()) as T;
}

/** Forgets `slot`, as a new process would start without it: for tests only. */
export function forgetShared(slot: SharedSlot): void {
  delete holder[KEY]?.[slot];
}
