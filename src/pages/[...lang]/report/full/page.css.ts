/**
 * The full report's own print stylesheet, one per language: the report's
 * address in the top margin of every printed page (CSS margin boxes; the
 * page number is in print.css). A file, because the site's Content Security
 * Policy allows no inline styles.
 */
import type { APIRoute } from 'astro';
import { site as siteSettings } from '../../../../lib/content/data';
import { langParams, localizedPath } from '../../../../lib/language/locale';
import { absoluteUrl } from '../../../../lib/build/site-address';

export const getStaticPaths = langParams;

/** A CSS string literal. */
const cssString = (text: string) => `"${text.replace(/["\\]/g, '\\$&').replace(/\n/g, ' ')}"`;

export const GET: APIRoute = ({ locals, site }) => {
  const { lang } = locals;
  const address = absoluteUrl(localizedPath(lang, '/report/full/'), site);
  const css = `@media print {\n  @page {\n    @top-left {\n      content: ${cssString(`${siteSettings.name[lang]} · ${address}`)};\n    }\n  }\n}\n`;
  return new Response(css, { headers: { 'content-type': 'text/css; charset=utf-8' } });
};
