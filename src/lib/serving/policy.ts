/**
 * How the built site must be served, written once: the security headers, the
 * caching of each kind of file and the media types. `npm run deploy-config`
 * renders it into deploy/nginx.conf and public/_headers (static hosts), and a
 * test fails when either file drifts from this module.
 */
import { languages, localizedFile, localizedPath } from '../language/locale';

/**
 * The Content-Security-Policy. Everything comes from this host; nothing runs
 * inline (the chart explorer and the search are files), so no
 * 'unsafe-inline', no 'unsafe-eval' and no WebAssembly.
 */
export const contentSecurityPolicy: Readonly<Record<string, string>> = {
  'default-src': "'self'",
  'script-src': "'self'",
  'style-src': "'self'",
  'img-src': "'self'",
  'font-src': "'self'",
  'connect-src': "'self'",
  'object-src': "'none'",
  'base-uri': "'self'",
  'form-action': "'self'",
  'frame-ancestors': "'none'",
};

/** The policy as a header value. */
export function cspHeader(policy: Readonly<Record<string, string>> = contentSecurityPolicy): string {
  return Object.entries(policy)
    .map(([directive, value]) => `${directive} ${value}`)
    .join('; ');
}

/**
 * The policy for a `<meta http-equiv>` tag in every page, for hosts that send no
 * headers (GitHub Pages). Browsers ignore frame-ancestors there, and say so in the console.
 */
export const metaContentSecurityPolicy = cspHeader(
  Object.fromEntries(Object.entries(contentSecurityPolicy).filter(([directive]) => directive !== 'frame-ancestors')),
);

/** Headers every response carries, whatever the file. */
export const securityHeaders: Readonly<Record<string, string>> = {
  'Content-Security-Policy': cspHeader(),
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=()',
  'Cross-Origin-Opener-Policy': 'same-origin',
  // For browsers older than CSP's frame-ancestors.
  'X-Frame-Options': 'DENY',
};

/**
 * HSTS tells browsers to use https only, for a year, on this host and its
 * sub-domains. Sent only over https; check that every sub-domain of the
 * domain serves https before enabling includeSubDomains.
 */
export const strictTransportSecurity = 'max-age=31536000; includeSubDomains';

/** Cache-Control for each kind of file. */
export const cacheControl = {
  /** Files under /_astro/ carry a hash of their content in their name: cache them for a year. */
  hashed: 'public, max-age=31536000, immutable',
  /** Pages change with every publication: browsers revalidate after five minutes. */
  html: 'public, max-age=300, must-revalidate',
  /**
   * Charts, downloads, feeds and the search index keep their names when they
   * change: kept as long as pages, so a page and its chart or CSV are never
   * from two publications for more than five minutes.
   */
  other: 'public, max-age=300, must-revalidate',
  /** Errors the server answers before any file (400, 405, 414): never kept. */
  error: 'no-store',
} as const;

/**
 * Byte ranges are off: nginx sends every file whole. With ranges on, a short
 * request could ask for a file many times over (760 ranges of one byte gave
 * 70 KB for a 14 KB image), and a range past the end gets a 416 answer that
 * nginx builds after its headers were added, so each security header came
 * twice on it. Resuming a download, the one use of a range, does not matter
 * for files as small as this site's.
 */
export const maxRanges = 0;

/** The folder of hashed assets, as Astro names it. */
export const hashedAssetsPath = '/_astro/';

/** Media type of each file extension the site publishes. Text types are sent with charset=utf-8. */
export const mediaTypes: Readonly<Record<string, string>> = {
  html: 'text/html',
  css: 'text/css',
  js: 'text/javascript',
  mjs: 'text/javascript',
  json: 'application/json',
  webmanifest: 'application/manifest+json',
  svg: 'image/svg+xml',
  png: 'image/png',
  jpg: 'image/jpeg',
  webp: 'image/webp',
  ico: 'image/x-icon',
  woff2: 'font/woff2',
  csv: 'text/csv',
  txt: 'text/plain',
  xml: 'application/xml',
  // Citation files: text, so they are sent with their charset and compressed.
  ris: 'application/x-research-info-systems',
  bib: 'application/x-bibtex',
};

/** Atom feeds are the .xml files named updates.xml (the site's feeds, /updates.xml and /en/updates.xml), feed.xml or atom.xml; other .xml (the sitemap) stays application/xml. */
export const atomFeedPattern = /(?:^|\/)(?:updates|feed|atom)\.xml$/;
export const atomMediaType = 'application/atom+xml';

/** Media types that are text, and so get `; charset=utf-8` and gzip. */
export const textMediaTypes: readonly string[] = [
  'text/html',
  'text/css',
  'text/javascript',
  'application/json',
  'application/manifest+json',
  'image/svg+xml',
  'text/csv',
  'text/plain',
  'application/xml',
  'application/x-research-info-systems',
  'application/x-bibtex',
  atomMediaType,
];

/** The site's own page for a missing address in each language's folder: /404.html, /en/404.html. */
export const notFoundPages = languages.map((lang) => ({
  /** Addresses below it get this page: '/' for the default language, '/en/' for English. */
  folder: localizedPath(lang, '/'),
  page: localizedFile(lang, '/404.html'),
}));
