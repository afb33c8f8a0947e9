/**
 * What needs the site's full address (SITE_URL) and what the build does
 * without it: canonical and alternate links stay root-relative, feeds carry
 * root-relative links, printed pages show only the path, and no sitemap.xml
 * is written (a sitemap must list absolute URLs).
 */

/** The one notice the build prints when SITE_URL is not set; undefined when it is. */
export function missingAddressNotice(siteUrl: string | undefined): string | undefined {
  if (siteUrl) return undefined;
  return (
    'SITE_URL is not set, so this build has no site address: canonical, hreflang and feed links are root-relative, ' +
    'printed pages show only the path, and sitemap.xml is not written (robots.txt names no sitemap). ' +
    'Set SITE_URL=https://… before publishing.'
  );
}

/** A root-relative URL made absolute against the site's address, when there is one. */
export function absoluteUrl(href: string, site: URL | string | undefined): string {
  return site ? new URL(href, site).href : href;
}
