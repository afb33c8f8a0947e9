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
import { langOfFile, taskFiles } from '../content/task-layout';

export const remarkPlugins: [typeof remarkGfm, { singleTilde: boolean }][] = [[remarkGfm, { singleTilde: false }]];

interface MdastNode {
  type: string;
  name?: string | null;
  attributes?: unknown[];
  children?: MdastNode[];
}

/** Whether `path` is a task page's MDX file (content/tasks/…/NN-slug.mdx). */
const isTaskFile = (path: string | undefined) =>
  !!path && path.replace(/\\/g, '/').includes(`/${taskFiles.dir}/`) && path.endsWith('.mdx');

/**
 * Whose words, in the page's structure: a task file is the plan's text with
 * the site's notes (`<SiteNote>`) among it. Each run of the plan's text is
 * wrapped in `<PlanText>` (the page supplies the component, which labels it
 * as the plan's), and each note stays outside, so the label never covers
 * the site's own words. Only the site's build runs it: the content check
 * reads the file as the editor wrote it.
 */
export function remarkPlanText() {
  return (tree: MdastNode, file: { path?: string }) => {
    if (!isTaskFile(file.path)) return;
    const grouped: MdastNode[] = [];
    let run: MdastNode[] = [];
    const close = () => {
      if (run.length) grouped.push({ type: 'mdxJsxFlowElement', name: 'PlanText', attributes: [], children: run });
      run = [];
    };
    for (const node of tree.children ?? []) {
      if (node.type === 'mdxJsxFlowElement' && node.name === 'SiteNote') {
        close();
        grouped.push(node);
      } else run.push(node);
    }
    close();
    tree.children = grouped;
  };
}

/** The Markdown settings of the site's build: the shared ones, and the plan's text set apart from the site's notes. */
export const siteRemarkPlugins = [...remarkPlugins, remarkPlanText];

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
