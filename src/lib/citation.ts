/**
 * Citations of a page or a single figure: the text a reader pastes (GB/T
 * 7714-2015 on Chinese pages, APA 7 on English ones) and the files a
 * reference manager imports (BibTeX, RIS, CSL-JSON). Pure: the page's
 * address and date are passed in.
 */
import type { Lang } from './locale';

export interface CitedWork {
  /** A key unique on the site and stable across builds: `wuhan-report-en-task-05`. */
  id: string;
  lang: Lang;
  /** A page is a web page; a single figure is cited as a data set. */
  type: 'webpage' | 'dataset';
  title: string;
  /** Who publishes the site: the author of its pages. */
  author: string;
  /** The site's name, as the container of the page. */
  siteName: string;
  /** The content date, YYYY-MM-DD. */
  date: string;
  /** The page's address: absolute when the build knows the site's address. */
  url: string;
}

const dateParts = (date: string) => date.split('-').map(Number) as [number, number, number];

/**
 * GB/T 7714-2015 for an online resource: 主要责任者. 题名[EB/OL]. 出版者,
 * (更新日期)[引用日期]. 获取和访问路径. The content date stands in for both
 * dates; a reader citing later puts the date they read it in the brackets.
 */
export function gbt7714(work: CitedWork): string {
  const kind = work.type === 'dataset' ? 'DS/OL' : 'EB/OL';
  return `${work.author}. ${work.title}[${kind}]. ${work.siteName}, (${work.date})[${work.date}]. ${work.url}.`;
}

const months = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** APA 7 for a web page or data set: Author. (Year, Month Day). Title [Data set]. Site. URL */
export function apa7(work: CitedWork): { author: string; date: string; title: string; rest: string } {
  const [year, month, day] = dateParts(work.date);
  return {
    author: `${work.author}.`,
    date: `(${year}, ${months[month - 1]} ${day}).`,
    title: work.title,
    rest: `${work.type === 'dataset' ? ' [Data set]' : ''}. ${work.siteName}. ${work.url}`,
  };
}

/** The citation as one line of plain text in the page's style. */
export function citationText(work: CitedWork): string {
  if (work.lang === 'zh') return gbt7714(work);
  const { author, date, title, rest } = apa7(work);
  return `${author} ${date} ${title}${rest}`;
}

/**
 * A value on one line: RIS reads every line as a new tag, so a line break in
 * a title (or any control character) could add a field of its own, such as a
 * second UR before the real one. Content refuses line breaks in names and
 * titles; this keeps the files safe whatever reaches them.
 */
// eslint-disable-next-line no-control-regex -- control characters are what this pattern removes.
const oneLine = (text: string) => text.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g, ' ');

/** BibTeX needs its special characters escaped outside URLs. */
const bibEscape = (text: string) =>
  oneLine(text)
    .replace(/\\/g, '\\textbackslash{}')
    .replace(/([{}&%$#_])/g, '\\$1')
    .replace(/~/g, '\\textasciitilde{}')
    .replace(/\^/g, '\\textasciicircum{}');
const bibMonths = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** BibLaTeX-friendly BibTeX: `@online` would be neater, `@misc` is what every tool reads. */
function toBibtex(works: readonly CitedWork[]): string {
  return works
    .map((work) => {
      const [year, month] = dateParts(work.date);
      const fields = [
        // Double braces keep a body's name as one author, not "last, first".
        ['author', `{${bibEscape(work.author)}}`],
        ['title', `{${bibEscape(work.title)}}`],
        ['howpublished', bibEscape(work.siteName)],
        ['organization', bibEscape(work.siteName)],
        ['year', String(year)],
        ['month', bibMonths[month - 1]!],
        ['date', work.date],
        ['urldate', work.date],
        ['url', oneLine(work.url)],
        ['language', work.lang === 'zh' ? 'chinese' : 'english'],
        ['note', work.type === 'dataset' ? 'Data set' : 'Web page'],
      ];
      return `@misc{${work.id},\n${fields.map(([name, value]) => `  ${name} = {${value}}`).join(',\n')}\n}\n`;
    })
    .join('\n');
}

/** RIS, one record per work; ELEC is an electronic source, DATA a data set. */
function toRis(works: readonly CitedWork[]): string {
  return works
    .map((work) => {
      const [year, month, day] = dateParts(work.date);
      const pad = (value: number) => String(value).padStart(2, '0');
      const lines = [
        ['TY', work.type === 'dataset' ? 'DATA' : 'ELEC'],
        ['ID', work.id],
        ['AU', work.author],
        ['TI', work.title],
        ['T2', work.siteName],
        ['PB', work.author],
        ['PY', String(year)],
        ['DA', `${year}/${pad(month)}/${pad(day)}`],
        ['Y2', `${year}/${pad(month)}/${pad(day)}`],
        ['UR', work.url],
        ['LA', work.lang === 'zh' ? 'zh-CN' : 'en'],
        ['ER', ''],
      ];
      return lines.map(([tag, value]) => `${tag}  - ${oneLine(value!)}`.trimEnd()).join('\r\n');
    })
    .join('\r\n\r\n')
    .concat('\r\n');
}

/** A CSL-JSON item, the form Zotero, Mendeley and citation.js exchange. */
export interface CslItem {
  id: string;
  type: 'webpage' | 'dataset';
  title: string;
  'container-title': string;
  author: { literal: string }[];
  publisher: string;
  issued: { 'date-parts': [[number, number, number]] };
  accessed: { 'date-parts': [[number, number, number]] };
  URL: string;
  language: string;
}

function toCslJson(works: readonly CitedWork[]): CslItem[] {
  return works.map((work) => ({
    id: work.id,
    type: work.type,
    title: work.title,
    'container-title': work.siteName,
    author: [{ literal: work.author }],
    publisher: work.author,
    issued: { 'date-parts': [dateParts(work.date)] },
    accessed: { 'date-parts': [dateParts(work.date)] },
    URL: work.url,
    language: work.lang === 'zh' ? 'zh-CN' : 'en',
  }));
}

export type CitationFormat = 'bib' | 'ris' | 'json';
export const citationFormats: readonly CitationFormat[] = ['bib', 'ris', 'json'];

/** A citation file's body in one format. */
export function citationFile(works: readonly CitedWork[], format: CitationFormat): string {
  if (format === 'bib') return toBibtex(works);
  if (format === 'ris') return toRis(works);
  return `${JSON.stringify(toCslJson(works), null, 2)}\n`;
}
