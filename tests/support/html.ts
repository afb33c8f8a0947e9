/** Built pages parsed with parse5, for checks over all of dist/ that need no browser. */
import { readFileSync } from 'node:fs';
import { parse, type DefaultTreeAdapterMap } from 'parse5';

type Node = DefaultTreeAdapterMap['node'];
export type Element = DefaultTreeAdapterMap['element'];

/** Every element of a document, in document order. */
export function elements(html: string): Element[] {
  const found: Element[] = [];
  const walk = (node: Node) => {
    if ('tagName' in node) found.push(node);
    const children =
      'content' in node && node.content ? node.content.childNodes : 'childNodes' in node ? node.childNodes : [];
    for (const child of children) walk(child);
  };
  walk(parse(html));
  return found;
}

export function attribute(element: Element, name: string): string | undefined {
  return element.attrs.find((attr) => attr.name === name)?.value;
}

/** One parsed page: its elements, and its file's text. */
export interface ParsedPage {
  path: string;
  html: string;
  elements: Element[];
}

export function parsePage(distDir: string, path: string): ParsedPage {
  const file = path.endsWith('.html') ? path : `${path}index.html`;
  const html = readFileSync(`${distDir}${file}`, 'utf8');
  return { path, html, elements: elements(html) };
}

export const select = (page: ParsedPage, test: (element: Element) => boolean) => page.elements.filter(test);
export const byTag = (tag: string) => (element: Element) => element.tagName === tag;
