/** robots.txt: everything may be crawled; with SITE_URL it names the sitemap (which needs an absolute URL). */
import type { APIRoute } from 'astro';

export const GET: APIRoute = ({ site }) => {
  const lines = [
    'User-agent: *',
    'Allow: /',
    ...(site ? ['', `Sitemap: ${new URL('/sitemap-index.xml', site).href}`] : []),
  ];
  return new Response(`${lines.join('\n')}\n`, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
