/**
 * Checks a task page's MDX body against an allow-list: Markdown and GFM, the
 * site's content components with their props, and a short list of prose HTML
 * elements with a short list of attributes. Anything else is refused with
 * what is allowed instead. A block list cannot be complete: browsers end
 * raw-text elements such as <noscript> or <textarea> inside an attribute, so
 * one forgotten name is a script on the published page.
 */
import { compile } from '@mdx-js/mdx';
import { VFile } from 'vfile';
import type { ContentProblem } from '../errors';
import { remarkPlugins } from '../../language/markdown';
import { describeInvisible, INVISIBLE } from '../schema/shared';
import { boundsProblem } from './mdx-bounds';
import { siteLinkProblem } from './site-links';

/** Components an editor may use in task pages, with their props, provided by the page (no import needed). */
const contentComponents = {
  Term: { id: 'required', first: 'flag' },
  SiteNote: {},
} as const satisfies Record<string, Record<string, 'required' | 'flag' | 'optional'>>;

/** Attributes any allowed element may carry. */
const everywhere = ['lang', 'title'];

/** Prose HTML elements an editor may write, with their own attributes. */
const allowedElements: Record<string, readonly string[]> = {
  p: [],
  br: [],
  em: [],
  strong: [],
  del: [],
  code: [],
  pre: [],
  sup: [],
  sub: [],
  abbr: [],
  span: [],
  q: [],
  a: ['href', 'hreflang'],
  img: ['src', 'alt', 'width', 'height'],
  ul: [],
  ol: ['start'],
  li: [],
  dl: [],
  dt: [],
  dd: [],
  blockquote: [],
  h2: [],
  h3: [],
  h4: [],
  h5: [],
  h6: [],
  table: [],
  caption: [],
  thead: [],
  tbody: [],
  tfoot: [],
  tr: [],
  th: ['scope', 'colSpan', 'rowSpan'],
  td: ['colSpan', 'rowSpan'],
};

/** What each attribute's value must look like. */
const attributeValues: Record<string, { test: (value: string) => boolean; expected: string }> = {
  lang: { test: (value) => /^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*$/.test(value), expected: 'a language tag such as "zh-CN" or "en"' },
  hreflang: { test: (value) => /^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*$/.test(value), expected: 'a language tag such as "zh-CN" or "en"' },
  href: { test: (value) => isSafeUrl(value), expected: 'a web address starting with https:// or a link within this site' },
  src: { test: (value) => isOwnResource(value), expected: 'a file on this site, such as /images/x.png (the site loads nothing from other hosts)' },
  // Wider than any screen the page is read on makes the whole page scroll sideways.
  width: { test: (value) => /^\d{1,4}$/.test(value) && Number(value) <= 1600, expected: 'a whole number of pixels up to 1600' },
  height: { test: (value) => /^\d{1,4}$/.test(value) && Number(value) <= 1600, expected: 'a whole number of pixels up to 1600' },
  start: { test: (value) => /^\d{1,4}$/.test(value), expected: 'a whole number' },
  colSpan: { test: (value) => /^\d{1,2}$/.test(value), expected: 'a whole number' },
  rowSpan: { test: (value) => /^\d{1,2}$/.test(value), expected: 'a whole number' },
  scope: { test: (value) => ['row', 'col', 'rowgroup', 'colgroup'].includes(value), expected: '"row" or "col"' },
  id: { test: (value) => /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(value), expected: 'an id from content/registry.json, such as "ovc-expo"' },
};

/** Markdown and GFM node types; MDX expressions, imports, exports and anything unknown are not among them. */
const markdownNodes = new Set([
  'root',
  'paragraph',
  'heading',
  'thematicBreak',
  'blockquote',
  'list',
  'listItem',
  'table',
  'tableRow',
  'tableCell',
  'code',
  'inlineCode',
  'emphasis',
  'strong',
  'delete',
  'break',
  'link',
  'image',
  'linkReference',
  'imageReference',
  'definition',
  'footnoteReference',
  'footnoteDefinition',
  'text',
]);

/** Longest task body: a task page is a few paragraphs (the longest is about 2,000 characters); compiling costs time that grows with the length. */
const MAX_BODY = 30_000;
/** Deepest nesting of quotes or lists: prose never goes deeper, and compiling deeper input can exhaust the stack. */
const MAX_NESTING = 20;

/**
 * Browsers ignore whitespace and control characters in a URL and read a
 * backslash as a slash, so the check does the same before it looks.
 */
function asBrowserReadsIt(url: string): string {
  return url.replace(/[\s\u0000-\u001f\u007f]/g, '').replace(/\\/g, '/');
}

/**
 * A link is safe when it is a secure web address (https) or stays on this
 * site. Entities (`&#58;`) and invisible characters, which could hide a
 * scheme, are refused outright.
 */
export function isSafeUrl(url: string): boolean {
  if (INVISIBLE.test(url) || /&#|&[a-z]+;/i.test(url) || /[<>"]/.test(url)) return false;
  const cleaned = asBrowserReadsIt(url);
  if (/^https:\/\/[^/@]+(\/|[?#]|$)/i.test(cleaned)) return true;
  if (cleaned.startsWith('//')) return false;
  return !/^[a-z][a-z0-9+.-]*:/i.test(cleaned);
}

/** A resource the page would load (an image): it must come from this site, which loads nothing from other hosts. */
export function isOwnResource(url: string): boolean {
  return isSafeUrl(url) && !/^https?:/i.test(asBrowserReadsIt(url));
}

interface Node {
  type: string;
  name?: string | null;
  url?: string;
  identifier?: string;
  value?: string;
  depth?: number;
  attributes?: { type: string; name?: string; value?: unknown }[];
  children?: Node[];
  position?: { start: { line: number; column: number } };
}

export interface MdxCheck {
  /** Ids used with <Term id="…" />, for the caller to check against the registry. */
  terms: { id: string; line?: number }[];
  /** Links and images within this site, for the build to check that they exist. */
  links: { url: string; line?: number }[];
  problems: ContentProblem[];
}

const allowedList = () =>
  Object.keys(allowedElements)
    .map((name) => `<${name}>`)
    .join(', ');
const componentList = () =>
  Object.keys(contentComponents)
    .map((name) => `<${name}>`)
    .join(', ');

/** Recent results by file, line and body: dev re-checks on every edit, and most task files have not changed. */
const recent = new Map<string, Promise<MdxCheck>>();

/**
 * Checks `body` of `file` (the part after the frontmatter). `firstLine` is the
 * body's line in the file, so messages point at the file's own lines.
 */
export function checkMdx(file: string, body: string, firstLine = 1): Promise<MdxCheck> {
  const key = `${file}\0${firstLine}\0${body}`;
  let result = recent.get(key);
  if (!result) {
    result = checkMdxUncached(file, body, firstLine);
    recent.set(key, result);
    if (recent.size > 500) recent.delete(recent.keys().next().value!);
  }
  return result;
}

async function checkMdxUncached(file: string, body: string, firstLine: number): Promise<MdxCheck> {
  const problems: ContentProblem[] = [];
  const terms: MdxCheck['terms'] = [];
  const links: MdxCheck['links'] = [];
  const lineAt = (node: Node) => (node.position ? node.position.start.line + firstLine - 1 : undefined);
  const at = (node: Node) => (node.position ? { line: lineAt(node)!, column: node.position.start.column } : {});
  const report = (node: Node, where: string, message: string) => problems.push({ file, where, message, ...at(node) });

  // Text that is only text: no invisible characters anywhere in the body.
  body.split('\n').forEach((line, index) => {
    const found = INVISIBLE.exec(line.replace(/\r$/, ''));
    if (found)
      problems.push({
        file,
        where: 'text',
        message: `contains ${describeInvisible(found[0])}, which is invisible or reverses the text: retype the line without it`,
        line: index + firstLine,
        column: found.index + 1,
      });
  });
  if (body.length > MAX_BODY) {
    problems.push({ file, where: 'MDX', message: `the page is ${body.length} characters long; a task page is at most ${MAX_BODY}` });
    return { terms, links, problems };
  }
  const deep = body.split('\n').findIndex((line) => (line.match(/^[\s>*+\d.-]*/)?.[0].match(/[>*+-]|\d+\./g)?.length ?? 0) > MAX_NESTING);
  if (deep >= 0) {
    problems.push({ file, where: 'MDX', message: `quotes or lists are nested more than ${MAX_NESTING} deep: simplify the text`, line: deep + firstLine });
    return { terms, links, problems };
  }
  const bounds = boundsProblem(body);
  if (bounds) {
    problems.push({ file, where: 'MDX', message: bounds.message, line: bounds.line + firstLine - 1 });
    return { terms, links, problems };
  }

  const onSite = (node: Node, url: string) => {
    if (/^https:/i.test(url)) return;
    const wrong = siteLinkProblem(url);
    if (wrong) report(node, 'link', wrong);
    else links.push({ url, ...(lineAt(node) ? { line: lineAt(node) } : {}) });
  };
  // Reference-style images load the address of their definition: checked once every definition is known.
  const definitions = new Map<string, string>();
  const imageReferences: Node[] = [];

  const checkElement = (node: Node) => {
    const name = node.name ?? '';
    const component = (contentComponents as Record<string, Record<string, string>>)[name];
    const attributes = component ?? Object.fromEntries([...(allowedElements[name] ?? []), ...everywhere].map((attribute) => [attribute, 'optional']));
    if (!name) return report(node, '<>', `fragments (<>…</>) are not allowed in content: write the text without them`);
    if (!component && !allowedElements[name]) {
      const what = /^[A-Z]/.test(name)
        ? `unknown component <${name}>: the components available are ${componentList()}`
        : `<${name}> is not allowed in content: use Markdown, or one of ${allowedList()}`;
      return report(node, `<${name}>`, what);
    }
    for (const attribute of node.attributes ?? []) {
      if (attribute.type !== 'mdxJsxAttribute') {
        report(node, `<${name}>`, 'attributes written as code in braces are not allowed in content');
        continue;
      }
      const attributeName = attribute.name ?? '';
      const kind = attributes[attributeName];
      const where = `<${name} ${attributeName}>`;
      if (!kind) {
        const allowed = Object.keys(attributes);
        report(
          node,
          where,
          `the attribute ${attributeName} is not allowed on <${name}>${/^on/i.test(attributeName) ? ' (event handlers never are)' : ''}: ${allowed.length ? `allowed are ${allowed.join(', ')}` : 'it takes no attributes'}`,
        );
        continue;
      }
      if (attribute.value === null || attribute.value === undefined) {
        if (kind !== 'flag') report(node, where, `${attributeName} needs a value in quotes, e.g. ${attributeName}="…"`);
        continue;
      }
      if (typeof attribute.value !== 'string') {
        report(node, where, 'attribute values written as code in braces are not allowed; use quotes');
        continue;
      }
      if (kind === 'flag') {
        report(node, where, `${attributeName} takes no value: write <${name} … ${attributeName} />`);
        continue;
      }
      const value = attribute.value;
      if (/[<>]/.test(value) || INVISIBLE.test(value)) {
        report(node, where, `attribute values may not contain < or > or invisible characters`);
        continue;
      }
      const rule = attributeValues[attributeName];
      if (rule && !rule.test(value)) report(node, where, `"${value.slice(0, 80)}" is not allowed here: expected ${rule.expected}`);
      else if (attributeName === 'href' || attributeName === 'src') onSite(node, value);
    }
    if (component) {
      for (const [prop, kind] of Object.entries(component)) {
        if (kind === 'required' && !node.attributes?.some((attribute) => attribute.name === prop))
          report(node, `<${name}>`, `a <${name}> needs ${prop}, such as <Term id="ovc-expo" />`);
      }
      const id = node.attributes?.find((attribute) => attribute.name === 'id')?.value;
      if (name === 'Term' && typeof id === 'string') terms.push({ id, ...(lineAt(node) ? { line: lineAt(node) } : {}) });
    }
  };

  const inspect = () => (tree: Node) => {
    const walk = (node: Node) => {
      switch (node.type) {
        case 'imageReference':
          imageReferences.push(node);
          break;
        case 'link':
        case 'definition':
          if (node.type === 'definition' && node.identifier !== undefined && node.url !== undefined) definitions.set(node.identifier, node.url);
          if (node.url !== undefined && !isSafeUrl(node.url))
            report(node, 'link', `unsafe link "${node.url.slice(0, 80)}": only secure web addresses (https://…) and links within this site are allowed`);
          else if (node.url !== undefined) onSite(node, node.url);
          break;
        case 'image':
          if (node.url !== undefined && !isOwnResource(node.url))
            report(node, 'image', `image "${node.url.slice(0, 80)}" must be a file on this site (e.g. /images/x.png): the site loads nothing from other hosts`);
          else if (node.url !== undefined) onSite(node, node.url);
          break;
        case 'heading':
          if (node.depth === 1) report(node, 'heading', 'a heading with one # would be a second page title: start headings at ## ');
          break;
        case 'mdxFlowExpression':
        case 'mdxTextExpression':
          report(node, 'text', `code in braces {${(node.value ?? '').slice(0, 30)}} is not allowed in content; to write a brace, escape it as \\{`);
          break;
        case 'mdxjsEsm':
          report(
            node,
            /^\s*import\b/.test(node.value ?? '') ? 'import' : 'export',
            `imports and exports are not allowed in content: the components ${componentList()} need no import`,
          );
          break;
        case 'mdxJsxFlowElement':
        case 'mdxJsxTextElement':
          checkElement(node);
          break;
        default:
          if (!markdownNodes.has(node.type)) report(node, node.type, `${node.type} is not allowed in content: use Markdown, ${componentList()}, or one of ${allowedList()}`);
      }
      node.children?.forEach(walk);
    };
    walk(tree);
    for (const reference of imageReferences) {
      const url = definitions.get(reference.identifier ?? '');
      if (url !== undefined && !isOwnResource(url))
        report(
          reference,
          'image',
          `image "${url.slice(0, 80)}" (given by [${reference.identifier}]) must be a file on this site (e.g. /images/x.png): the site loads nothing from other hosts`,
        );
    }
  };

  try {
    await compile(new VFile({ path: file, value: body }), { remarkPlugins: [...remarkPlugins, inspect] });
  } catch (error) {
    const failure = error as { line?: number; column?: number; reason?: string; message?: string };
    problems.push({
      file,
      where: 'MDX',
      message: `does not compile: ${failure.reason ?? failure.message ?? String(error)}`,
      ...(failure.line ? { line: failure.line + firstLine - 1, column: failure.column } : {}),
    });
  }
  return { terms, links, problems };
}
