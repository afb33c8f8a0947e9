/** Data downloads, bilingual and language-neutral: every file in the catalogue (src/lib/outputs/downloads.ts). */
import type { APIRoute } from 'astro';
import { site } from '../../lib/content/data';
import { downloadFiles, type DownloadFile } from '../../lib/outputs/downloads';

export function getStaticPaths() {
  return downloadFiles().map((file) => ({ params: { file: file.name }, props: { file } }));
}

export const GET: APIRoute = ({ props, site: siteUrl }) => {
  const { file } = props as { file: DownloadFile };
  return new Response(file.body({ licence: site.licence, siteUrl: siteUrl?.href }), {
    headers: { 'content-type': file.contentType },
  });
};
