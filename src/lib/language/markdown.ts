/**
 * Markdown settings shared by the site and its tests.
 *
 * GitHub-flavoured Markdown comes from our own remark-gfm rather than the
 * processor's built-in switch, so that its options are ours: Chinese prose
 * writes ranges with a single tilde (4月~9月), which must never turn into
 * strikethrough. Only `~~double~~` strikes through.
 */
import remarkGfm from 'remark-gfm';
import { translator } from './i18n-core';
import { langOfFile } from '../content/task-layout';

export const remarkPlugins: [typeof remarkGfm, { singleTilde: boolean }][] = [[remarkGfm, { singleTilde: false }]];

interface HastNode {
  type: string;
  tagName?: string;
  value?: string;
  properties?: Record<string, unknown>;
  children?: HastNode[];
}

export { langOfFile };

/**
 * GFM writes its footnote heading and back-link labels in English. This puts
 * them in the language of the file, from the i18n resources, so a Chinese
 * page never says "Footnotes".
 */
function rehypeFootnoteLanguage() {
  const translators = { zh: translator('zh'), en: translator('en') };
  return (tree: HastNode, file: { path?: string }) => {
    const t = translators[langOfFile(file.path)];
    const walk = (node: HastNode) => {
      const properties = node.properties ?? {};
      if (properties.id === 'footnote-label') node.children = [{ type: 'text', value: t('footnotes.label') }];
      if ('dataFootnoteBackref' in properties) {
        const number = String(properties.ariaLabel ?? '').match(/(\d+(?:-\d+)?)$/)?.[1] ?? '';
        properties.ariaLabel = t('footnotes.backref', { number });
      }
      node.children?.forEach(walk);
    };
    walk(tree);
  };
}

export const rehypePlugins = [rehypeFootnoteLanguage];
