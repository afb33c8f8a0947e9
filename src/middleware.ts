/**
 * Gives every page, component and endpoint its language and translator
 * (`Astro.locals.lang`, `Astro.locals.t`), so no component needs a `lang`
 * prop. Runs at build time for each prerendered page and file.
 */
import { defineMiddleware } from 'astro:middleware';
import { pageLanguage } from './lib/i18n';

export const onRequest = defineMiddleware((context, next) => {
  Object.assign(context.locals, pageLanguage(context.url.pathname));
  return next();
});
