/**
 * The site's JSON content, parsed once by its schemas. Importing this module
 * fails the build with a message naming the file and field of any mistake.
 * The files come in as text, so the parse is the build check's own
 * (json-content.ts): the same text is never parsed twice in a build,
 * and an edit in `astro dev` reloads this module with a new text.
 */
import registryText from '../../../content/registry.json?raw';
import metricsText from '../../../content/metrics.json?raw';
import planText from '../../../content/plan.json?raw';
import siteText from '../../../content/site.json?raw';
import sourceFileText from '../../../content/source/plan.json?raw';
import researchText from '../../../content/research-decisions.json?raw';
import { ContentError } from './errors';
import { jsonFiles, parsedJsonContent } from './json-content';
import { indexRegistry } from './registry';

const texts: Record<keyof typeof jsonFiles, string> = {
  registry: registryText,
  metrics: metricsText,
  plan: planText,
  site: siteText,
  source: sourceFileText,
  research: researchText,
};
const encoder = new TextEncoder();
const parsed = parsedJsonContent(new Map(Object.entries(texts).map(([key, text]) => [jsonFiles[key as keyof typeof jsonFiles].file, encoder.encode(text)])));
if (parsed.errors.length) throw new ContentError(parsed.errors);
// No errors: every file was read and passed its schema.
const data = parsed.data as Required<typeof parsed.data>;

export const registry = data.registry;
export const names = indexRegistry(registry);
export const metricsFile = data.metrics;
export const metrics = metricsFile.metrics;
export const plan = data.plan;
export const site = data.site;
export const sourceText = data.source;
/** Every figure the research found, published or not, with the reason. */
export const researchDecisions = data.research;

/** Texts published in one language only, with the language they lack: the layout shows a notice in that language. */
export const untranslated = parsed.untranslated;
