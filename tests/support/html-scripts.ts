/** Finds what could run a script in an HTML page, by parsing it as a browser does (parse5). */
import { parse, type DefaultTreeAdapterMap } from 'parse5';

type Node = DefaultTreeAdapterMap['node'];

/** Raw-text and embedding elements: none belongs in this site's pages. */
const dangerous = new Set([
  'noscript',
  'textarea',
  'xmp',
  'noembed',
  'noframes',
  'iframe',
  'object',
  'embed',
  'plaintext',
  'frame',
  'base',
]);

/**
 * Every way `html` could run a script other than a module loaded from this
 * site's /_astro/: inline scripts, handler attributes, script URLs and
 * raw-text or embedding elements; as short descriptions, empty when clean.
 */
export function scriptHazards(html: string): string[] {
  const found: string[] = [];
  const walk = (node: Node) => {
    if ('tagName' in node) {
      const attributes = new Map(node.attrs.map((attribute) => [attribute.name.toLowerCase(), attribute.value]));
      if (node.tagName === 'script' && !/^\/_astro\//.test(attributes.get('src') ?? ''))
        found.push(`<script${attributes.has('src') ? ` src="${attributes.get('src')}"` : ''}>`);
      if (dangerous.has(node.tagName)) found.push(`<${node.tagName}>`);
      for (const [name, value] of attributes) {
        if (name.startsWith('on')) found.push(`<${node.tagName} ${name}>`);
        /* eslint-disable no-control-regex -- browsers drop control characters inside a URL scheme; so does this check. */
        if (
          ['href', 'src', 'action', 'formaction', 'xlink:href'].includes(name) &&
          /^\s*(javascript|vbscript|data):/i.test(value.replace(/[\u0000-\u001f]/g, ''))
        )
          found.push(`<${node.tagName} ${name}="${value.slice(0, 40)}">`);
        /* eslint-enable no-control-regex */
      }
    }
    if ('childNodes' in node) node.childNodes.forEach(walk);
    if ('content' in node && node.content) walk(node.content as Node);
  };
  walk(parse(html) as Node);
  return found;
}
