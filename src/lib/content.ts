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
import { jsonFiles } from './content-files';
import { indexRegistry } from './registry';
import { untranslatedTexts } from './translations';
import type { MetricsFile } from './schema/metrics';
import type { Plan } from './schema/plan';
import type { Registry } from './schema/registry';
import type { ResearchDecisionsFile } from './schema/research';
import type { Site } from './schema/site';
import type { SourceText } from './schema/source';

const parse = <T>(key: keyof typeof jsonFiles, data: unknown): T => parseContent(jsonFiles[key].schema, data, jsonFiles[key].file) as T;

export const registry = parse<Registry>('registry', registryJson);
export const names = indexRegistry(registry);
export const metricsFile = parse<MetricsFile>('metrics', metricsJson);
export const metrics = metricsFile.metrics;
export const plan = parse<Plan>('plan', planJson);
export const site = parse<Site>('site', siteJson);
export const sourceText = parse<SourceText>('source', sourceJson);
/** Every figure the research found, published or not, with the reason. */
export const researchDecisions = parse<ResearchDecisionsFile>('research', researchDecisionsJson);

/** Texts published in one language only, with the language they lack: the layout shows a notice in that language. */
export const untranslated = ([
  [metricsFile, jsonFiles.metrics.file],
  [plan, jsonFiles.plan.file],
  [sourceText, jsonFiles.source.file],
  [registry, jsonFiles.registry.file],
] as const).flatMap(([data, file]) => untranslatedTexts(data, file));
