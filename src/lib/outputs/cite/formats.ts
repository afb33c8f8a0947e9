/**
 * Citations of a page or a single figure: the text a reader pastes (GB/T
 * 7714-2015 on Chinese pages, APA 7 on English ones) and the files a
 * reference manager imports (BibTeX, RIS, CSL-JSON). Pure: the page's
 * address and date are passed in.
 */
import type { Lang } from '../../language/locale';

export interface CitedWork {
  /** A key unique on the site and stable across builds: `<citationKeyPrefix>-en-task-05` (content/site.json). */
  id: string;
  lang: Lang;
  /** A page is a web page; a single figure is cited as a data set. */
  type: 'webpage' | 'dataset';
  /** A page's title; for a figure, the title of the source that published it. */
  title: string;
  /** Who is responsible for the work: for a page, whoever the content says runs the site; for a figure, the source's own publisher. */
  author: string;
  /** The site's name, as the container of a page. */
  siteName: string;
  /** A page: the content date; a figure: the day its source was published. YYYY-MM-DD. */
  date: string;
  /** A page's address, or a figure's source (absolute when the build knows the site's address). */
  url: string;
  /** A figure: the figure as the site states it, with its period, and where the site compiled it. */
  figure?: { text: string; compiledBy: string; compiledAt: string };
}

const dateParts = (date: string) => date.split('-').map(Number) as [number, number, number];

/** The note a figure's citation carries in every format: the figure, and the site that compiled it. */
function figureNote(work: CitedWork): string | undefined {
  const { figure } = work;
  if (!figure) return undefined;
  return work.lang === 'zh'
    ? `数字：${figure.text}；${figure.compiledBy}整理：${figure.compiledAt}`
    : `Figure: ${figure.text}; compiled by ${figure.compiledBy}: ${figure.compiledAt}`;
}

/**
 * GB/T 7714-2015 for an online resource: 主要责任者. 题名[EB/OL]. 出版者,
 * (更新日期)[引用日期]. 获取和访问路径. 引用日期 is the day the reader
 * reads it, which a static page cannot know: it is left for the reader to
 * fill in. A figure cites its own source, with the figure and the site that
 * compiled it after.
 */
export function gbt7714(work: CitedWork): string {
  const note = figureNote(work);
  if (note) return `${work.author}. ${work.title}[EB/OL]. (${work.date})[引用日期]. ${work.url}. ${note}.`;
  return `${work.author}. ${work.title}[EB/OL]. ${work.siteName}, (${work.date})[引用日期]. ${work.url}.`;
}

const months = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** APA 7 for a web page, or for a figure's source with the figure noted: Author. (Year, Month Day). Title. Site. URL */
export function apa7(work: CitedWork): { author: string; date: string; title: string; rest: string } {
  const [year, month, day] = dateParts(work.date);
  const note = figureNote(work);
  return {
    author: `${work.author}.`,
    date: `(${year}, ${months[month - 1]} ${day}).`,
    title: work.title,
    rest: note ? `. ${work.url} [${note}]` : `. ${work.siteName}. ${work.url}`,
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
      const note = figureNote(work);
      const fields = [
        // Double braces keep a body's name as one author, not "last, first".
        ['author', `{${bibEscape(work.author)}}`],
        ['title', `{${bibEscape(work.title)}}`],
        ['howpublished', bibEscape(note ? work.author : work.siteName)],
        ['organization', bibEscape(note ? work.author : work.siteName)],
        ['year', String(year)],
        ['month', bibMonths[month - 1]!],
        ['date', work.date],
        ['url', oneLine(work.url)],
        ['language', work.lang === 'zh' ? 'chinese' : 'english'],
        ['note', note ? bibEscape(note) : 'Web page'],
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
      const note = figureNote(work);
      const lines = [
        ['TY', 'ELEC'],
        ['ID', work.id],
        ['AU', work.author],
        ['TI', work.title],
        ['T2', note ? work.author : work.siteName],
        ['PB', work.author],
        ['PY', String(year)],
        ['DA', `${year}/${pad(month)}/${pad(day)}`],
        ['UR', work.url],
        ['LA', work.lang === 'zh' ? 'zh-CN' : 'en'],
        ...(note ? [['N1', note]] : []),
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
  URL: string;
  language: string;
  note?: string;
}

function toCslJson(works: readonly CitedWork[]): CslItem[] {
  return works.map((work) => {
    const note = figureNote(work);
    return {
      id: work.id,
      type: note ? 'webpage' : work.type,
      title: work.title,
      'container-title': note ? work.author : work.siteName,
      author: [{ literal: work.author }],
      publisher: work.author,
      issued: { 'date-parts': [dateParts(work.date)] },
      URL: work.url,
      language: work.lang === 'zh' ? 'zh-CN' : 'en',
      ...(note ? { note } : {}),
    };
  });
}

export type CitationFormat = 'bib' | 'ris' | 'json';
export const citationFormats: readonly CitationFormat[] = ['bib', 'ris', 'json'];

/** A citation file's body in one format. */
export function citationFile(works: readonly CitedWork[], format: CitationFormat): string {
  if (format === 'bib') return toBibtex(works);
  if (format === 'ris') return toRis(works);
  return `${JSON.stringify(toCslJson(works), null, 2)}\n`;
}
