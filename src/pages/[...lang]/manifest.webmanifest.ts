/** The web app manifest in each language: name, colours and the PNG icons, for "add to home screen". */
import type { APIRoute } from 'astro';
import { site } from '../../lib/content/data';
import { langParams, languageTag, localizedPath } from '../../lib/language/locale';

export const getStaticPaths = langParams;

export const GET: APIRoute = ({ locals }) => {
  const { lang } = locals;
  const manifest = {
    name: site.name[lang],
    short_name: site.name[lang],
    description: site.description[lang],
    lang: languageTag[lang],
    start_url: localizedPath(lang, '/'),
    scope: localizedPath(lang, '/'),
    display: 'browser',
    background_color: '#ffffff',
    theme_color: '#0b4a7d',
    icons: [
      { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png' },
      { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png' },
      { src: '/favicon.svg', sizes: 'any', type: 'image/svg+xml' },
    ],
  };
  return new Response(`${JSON.stringify(manifest, null, 2)}\n`, {
    headers: { 'content-type': 'application/manifest+json' },
  });
};
