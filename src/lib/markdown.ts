/**
 * Markdown settings shared by the site and its tests.
 *
 * GitHub-flavoured Markdown comes from our own remark-gfm rather than the
 * processor's built-in switch, so that its options are ours: Chinese prose
 * writes ranges with a single tilde (4月~9月), which must never turn into
 * strikethrough. Only `~~double~~` strikes through.
 */
import remarkGfm from 'remark-gfm';

export const remarkPlugins: [typeof remarkGfm, { singleTilde: boolean }][] = [[remarkGfm, { singleTilde: false }]];
