/**
 * The types of `Astro.locals` (set by src/middleware.ts). `t` is i18next's
 * typed translator, so `Astro.locals.t('misspelled.key')` fails `npm run check`.
 */
declare namespace App {
  interface Locals {
    lang: import('./lib/language/locale').Lang;
    t: import('i18next').TFunction;
  }
}

/** The built address of a module loaded only on demand (src/integrations/lazy-chunk.ts). */
declare module '*?lazy-chunk' {
  const url: string;
  export default url;
}
