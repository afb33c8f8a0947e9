/** The build context the configuration hands to the pages (src/integrations/build-context.ts). */
declare module 'virtual:report-site/build-context' {
  /** Where a build keeps drawn share cards; undefined outside a build. */
  export const shareCardCacheDir: string | undefined;
}
