/**
 * Checks a task page's MDX body: that it compiles, and that it holds nothing
 * unsafe — only web links, no scripts or event handlers, no code in braces,
 * no imports but the project's own content components.
 */
import { compile } from '@mdx-js/mdx';
import { resolve, relative } from 'node:path';
import { VFile } from 'vfile';
import type { ContentProblem } from '../content-error';
import { remarkPlugins } from '../markdown';

/** Components an editor may use in task pages, provided by the page (no import needed). */
export const contentComponents = ['Term'] as const;

const forbiddenElements = new Set(['script', 'style', 'iframe', 'frame', 'object', 'embed', 'form', 'input', 'button', 'link', 'meta', 'base', 'svg', 'math', 'template']);
const linkAttributes = new Set(['href', 'action', 'formaction', 'xlink:href', 'cite']);
const resourceAttributes = new Set(['src', 'poster', 'data', 'background']);

/**
 * A link is safe when it is a web address (http or https) or stays on this
 * site. Browsers ignore whitespace and control characters in a URL and read
 * a backslash as a slash, so the check does the same before it looks.
 */
function asBrowserReadsIt(url: string): string {
  return url.replace(/[\s\u0000-\u001f\u007f]/g, '').replace(/\\/g, '/');
}

export function isSafeUrl(url: string): boolean {
  const cleaned = asBrowserReadsIt(url);
  if (/^https?:\/\/[^/]/i.test(cleaned)) return true;
  if (cleaned.startsWith('//')) return false;
  return !/^[a-z][a-z0-9+.-]*:/i.test(cleaned) && !/&#|&[a-z]+;/i.test(url);
}

/** A resource the page would load (an image): it must come from this site, which loads nothing from other hosts. */
export function isOwnResource(url: string): boolean {
  return isSafeUrl(url) && !/^https?:/i.test(asBrowserReadsIt(url));
}

interface Node {
  type: string;
  name?: string | null;
  url?: string;
  value?: string;
  attributes?: { type: string; name?: string; value?: unknown }[];
  children?: Node[];
  position?: { start: { line: number; column: number } };
  data?: { estree?: { body: { type: string; source?: { value: string } }[] } };
}

export interface MdxCheck {
  /** Ids used with <Term id="…" />, for the caller to check against the registry. */
  terms: { id: string; line?: number }[];
  problems: ContentProblem[];
}

/**
 * Compiles `body` (the part after the frontmatter) of `file`; `firstLine` is
 * the body's line in the file, so messages point at the file's own lines.
 */
export async function checkMdx(file: string, body: string, firstLine: number, projectRoot: string): Promise<MdxCheck> {
  const problems: ContentProblem[] = [];
  const terms: MdxCheck['terms'] = [];
  const at = (node: Node) => (node.position ? { line: node.position.start.line + firstLine - 1, column: node.position.start.column } : {});
  const report = (node: Node, where: string, message: string) => problems.push({ file, where, message, ...at(node) });

  const inspect = () => (tree: Node) => {
    const walk = (node: Node) => {
      switch (node.type) {
        case 'link':
        case 'definition':
          if (node.url !== undefined && !isSafeUrl(node.url)) report(node, 'link', `unsafe link "${node.url}": only web addresses (https://…) and links within this site are allowed`);
          break;
        case 'image':
          if (node.url !== undefined && !isOwnResource(node.url)) report(node, 'image', `image "${node.url}" must be a file on this site (e.g. /images/x.png): the site loads nothing from other hosts`);
          break;
        case 'mdxFlowExpression':
        case 'mdxTextExpression':
          report(node, 'text', `code in braces {${(node.value ?? '').slice(0, 30)}} is not allowed in content; to write a brace, escape it as \\{`);
          break;
        case 'mdxjsEsm':
          for (const statement of node.data?.estree?.body ?? []) {
            if (statement.type !== 'ImportDeclaration') {
              report(node, 'export', 'exports are not allowed in content');
              continue;
            }
            const source = statement.source?.value ?? '';
            const target = relative(projectRoot, resolve(projectRoot, file, '..', source));
            const allowed = contentComponents.some((name) => target === `src/components/${name}.astro`);
            if (!allowed) report(node, 'import', `import of "${source}" is not allowed: content may use only the site's content components (${contentComponents.join(', ')}), which need no import`);
          }
          break;
        case 'mdxJsxFlowElement':
        case 'mdxJsxTextElement': {
          const name = node.name ?? '';
          const isComponent = /^[A-Z]/.test(name);
          if (isComponent && !(contentComponents as readonly string[]).includes(name)) {
            report(node, `<${name}>`, `unknown component <${name}>: the components available are ${contentComponents.map((component) => `<${component}>`).join(', ')}`);
          }
          if (!isComponent && forbiddenElements.has(name.toLowerCase())) report(node, `<${name}>`, `<${name}> is not allowed in content`);
          for (const attribute of node.attributes ?? []) {
            if (attribute.type !== 'mdxJsxAttribute') {
              report(node, `<${name}>`, 'attributes written as code in braces are not allowed in content');
              continue;
            }
            const attributeName = attribute.name ?? '';
            if (/^on/i.test(attributeName)) report(node, `<${name} ${attributeName}>`, `event-handler attributes such as ${attributeName} are not allowed in content`);
            if (typeof attribute.value === 'object' && attribute.value !== null) report(node, `<${name} ${attributeName}>`, 'attribute values written as code in braces are not allowed; use quotes');
            const lower = attributeName.toLowerCase();
            if (lower === 'style') report(node, `<${name} style>`, 'style attributes are not allowed in content: the site styles itself');
            if (typeof attribute.value === 'string' && linkAttributes.has(lower) && !isSafeUrl(attribute.value)) {
              report(node, `<${name} ${attributeName}>`, `unsafe link "${attribute.value}": only web addresses (https://…) and links within this site are allowed`);
            }
            if (typeof attribute.value === 'string' && resourceAttributes.has(lower) && !isOwnResource(attribute.value)) {
              report(node, `<${name} ${attributeName}>`, `"${attribute.value}" must be a file on this site: the site loads nothing from other hosts`);
            }
            if (typeof attribute.value === 'string' && (lower === 'srcset' || lower === 'imagesrcset')) {
              for (const candidate of attribute.value.split(',').map((entry) => entry.trim().split(/\s+/)[0] ?? '')) {
                if (candidate && !isOwnResource(candidate)) report(node, `<${name} ${attributeName}>`, `"${candidate}" must be a file on this site: the site loads nothing from other hosts`);
              }
            }
          }
          if (name === 'Term') {
            const id = node.attributes?.find((attribute) => attribute.name === 'id')?.value;
            if (typeof id === 'string') terms.push({ id, ...at(node) });
            else report(node, '<Term>', 'a <Term> needs an id, such as <Term id="ovc-expo" />');
          }
          break;
        }
        case 'html':
          report(node, 'html', 'raw HTML is not allowed in content');
          break;
      }
      node.children?.forEach(walk);
    };
    walk(tree);
  };

  try {
    await compile(new VFile({ path: file, value: body }), { remarkPlugins: [...remarkPlugins, inspect] });
  } catch (error) {
    const failure = error as { line?: number; column?: number; reason?: string; message: string };
    problems.push({
      file,
      where: 'MDX',
      message: `does not compile: ${failure.reason ?? failure.message}`,
      ...(failure.line ? { line: failure.line + firstLine - 1, column: failure.column } : {}),
    });
  }
  return { terms, problems };
}
