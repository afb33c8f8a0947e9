/** Citation files for every task, metric and unit page (with a metric's figures): BibTeX, RIS and CSL-JSON. */
import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { citablePages, citedWorks, citationFilePath, type CitablePage } from '../../../lib/outputs/cite/page-citation';
import { citationFile, citationFormats, type CitationFormat } from '../../../lib/outputs/cite/formats';
import { langParam, languages } from '../../../lib/language/locale';

export async function getStaticPaths() {
  const tasks = await getCollection('tasks');
  return languages.flatMap((lang) =>
    citablePages(tasks, lang).flatMap((page) =>
      citationFormats.map((format) => ({
        params: { lang: langParam(lang), file: citationFilePath('zh', page.path, format).replace(/^\/cite\//, '') },
        props: { page, format },
      })),
    ),
  );
}

const contentTypes: Record<CitationFormat, string> = {
  bib: 'application/x-bibtex; charset=utf-8',
  ris: 'application/x-research-info-systems; charset=utf-8',
  json: 'application/vnd.citationstyles.csl+json; charset=utf-8',
};

export const GET: APIRoute = ({ props, site }) => {
  const { page, format } = props as { page: CitablePage; format: CitationFormat };
  return new Response(citationFile(citedWorks(page, site?.href), format), {
    headers: { 'content-type': contentTypes[format] },
  });
};
