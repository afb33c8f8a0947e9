/**
 * The site's pages as a reader's site map: the sections in the order of the
 * navigation, then the pages of each kind. The HTML site map (/sitemap/)
 * renders it; a test checks it against the pages actually built.
 */

/** The header's main navigation after Home, in order: each section lives at `/<section>/` and is named by `nav.<section>`. */
export const navSections = ['goals', 'progress', 'tasks', 'units', 'timeline', 'organization', 'source'] as const;

/** The one-off pages in reading order, each with the i18n key that names it. */
const sections = {
  '/': 'nav.home',
  '/goals/': 'nav.goals',
  '/progress/': 'nav.progress',
  '/missing/': 'reporting.missingTitle',
  '/tasks/': 'nav.tasks',
  '/units/': 'nav.units',
  '/timeline/': 'nav.timeline',
  '/organization/': 'nav.organization',
  '/source/': 'nav.source',
  '/methodology/': 'nav.methodology',
  '/downloads/': 'nav.downloads',
  '/report/': 'find.nav.report',
  '/report/full/': 'find.nav.fullReport',
  '/not-covered/': 'find.notCovered.title',
  '/glossary/': 'find.nav.glossary',
  '/updates/': 'find.nav.updates',
  '/search/': 'find.nav.search',
  '/sitemap/': 'find.nav.sitemap',
} as const;

/** Language-neutral paths of the one-off pages, in reading order. */
export const sectionPaths = Object.keys(sections) as (keyof typeof sections)[];

/** The i18n key naming each one-off page. */
export function sectionLabelKey(path: keyof typeof sections) {
  return sections[path];
}
