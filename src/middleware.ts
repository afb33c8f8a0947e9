/**
 * Gives every page, component and endpoint its language and translator
 * (`Astro.locals.lang`, `Astro.locals.t`), so no component needs a `lang`
 * prop. Runs at build time for each prerendered page and file.
 */
import { defineMiddleware } from 'astro:middleware';
import { pageLanguage } from './lib/language/i18n';

export const onRequest = defineMiddleware((context, next) => {
  // The address's language: the 404 page too, which has one per language
  // (/404 and /en/404 when built; the missing address itself in the dev server).
  Object.assign(context.locals, pageLanguage(context.url.pathname));
  return next();
});
