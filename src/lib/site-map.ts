/**
 * The site's pages as a reader's site map: the sections in the order of the
 * navigation, then the pages of each kind. The HTML site map (/sitemap/)
 * renders it; a test checks it against the pages actually built.
 */

/** Language-neutral paths of the one-off pages, in reading order. */
export const sectionPaths = [
  '/',
  '/goals/',
  '/progress/',
  '/tasks/',
  '/units/',
  '/timeline/',
  '/organization/',
  '/source/',
  '/methodology/',
  '/downloads/',
  '/report/',
  '/glossary/',
  '/updates/',
  '/search/',
  '/sitemap/',
] as const;

/** The i18n key naming each one-off page. */
export function sectionLabelKey(path: (typeof sectionPaths)[number]): string {
  const section = path.split('/').filter(Boolean)[0];
  if (!section) return 'nav.home';
  const own = ['report', 'glossary', 'updates', 'search', 'sitemap'];
  return own.includes(section) ? `find.nav.${section}` : `nav.${section}`;
}
