/**
 * Gives every page, component and endpoint its language and translator
 * (`Astro.locals.lang`, `Astro.locals.t`), so no component needs a `lang`
 * prop. Runs at build time for each prerendered page and file.
 */
import { defineMiddleware } from 'astro:middleware';
import { pageLanguage } from './lib/language/i18n';

export const onRequest = defineMiddleware((context, next) => {
  // The 404 page is Chinese with an English section wherever a server shows it
  // (nginx answers every missing path with /404.html), so the dev server's
  // /en/missing-page/ keeps that language too.
  const pathname = context.routePattern === '/404' ? '/404' : context.url.pathname;
  Object.assign(context.locals, pageLanguage(pathname));
  return next();
});
