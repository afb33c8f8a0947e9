/**
 * The address the test builds are made for, as the published site is built
 * with SITE_URL: one build then serves the browser tests and the checks of
 * absolute links, share metadata, citations and the sitemap.
 */
export const testSiteUrl = 'https://report.example.gov.cn/';
