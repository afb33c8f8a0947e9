/**
 * The site's JSON content, parsed once by its schemas. Importing this module
 * fails the build with a message naming the file and field of any mistake.
 */
import registryJson from '../../content/registry.json';
import metricsJson from '../../content/metrics.json';
import planJson from '../../content/plan.json';
import siteJson from '../../content/site.json';
import sourceJson from '../../content/source/plan.json';
import researchDecisionsJson from '../../content/research-decisions.json';
import { parseContent } from './content-error';
import { indexRegistry } from './registry';
import { untranslatedTexts } from './translations';
import { MetricsFile } from './schema/metrics';
import { Plan } from './schema/plan';
import { Registry } from './schema/registry';
import { ResearchDecisionsFile } from './schema/research';
import { Site } from './schema/site';
import { SourceText } from './schema/source';

export const registry = parseContent(Registry, registryJson, 'content/registry.json');
export const names = indexRegistry(registry);
export const metricsFile = parseContent(MetricsFile, metricsJson, 'content/metrics.json');
export const metrics = metricsFile.metrics;
export const plan = parseContent(Plan, planJson, 'content/plan.json');
export const site = parseContent(Site, siteJson, 'content/site.json');
export const sourceText = parseContent(SourceText, sourceJson, 'content/source/plan.json');
/** Every figure the research found, published or not, with the reason. */
export const researchDecisions = parseContent(ResearchDecisionsFile, researchDecisionsJson, 'content/research-decisions.json');

/** Texts published in one language only, with the language they lack: the layout shows a notice in that language. */
export const untranslated = [
  ...untranslatedTexts(metricsFile, 'content/metrics.json'),
  ...untranslatedTexts(plan, 'content/plan.json'),
  ...untranslatedTexts(sourceText, 'content/source/plan.json'),
  ...untranslatedTexts(registry, 'content/registry.json'),
];
