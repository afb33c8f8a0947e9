import { createMarkdownProcessor } from '@astrojs/markdown-remark';
import { describe, expect, it } from 'vitest';
import { langOfFile, rehypePlugins, remarkPlugins } from '../../src/lib/language/markdown';

const render = async (markdown: string, file = '/site/content/tasks/zh/01-x.mdx') => {
  const processor = await createMarkdownProcessor({ gfm: false, remarkPlugins, rehypePlugins });
  return (await processor.render(markdown, { fileURL: new URL(`file://${file}`) })).code;
};

describe('the Markdown settings the site builds with', () => {
  it('render GitHub-flavoured tables, footnotes, strikethrough and autolinks', async () => {
    const html = await render(
      '| 名称 | 类别 |\n|---|---|\n| 汉马 | 赛事 |\n\nText[^n] ~~old~~ https://example.org\n\n[^n]: A note.',
    );
    expect(html).toMatch(/<table>[\s\S]*<th>名称<\/th>[\s\S]*<td>汉马<\/td>/);
    expect(html).toContain('data-footnotes');
    expect(html).toContain('<del>old</del>');
    expect(html).toContain('<a href="https://example.org">');
  });

  it('leave a single tilde in Chinese ranges alone', async () => {
    const html = await render('2026年4月~9月办理落实,10月~12月总结汇报。');
    expect(html).not.toContain('<del>');
    expect(html).toContain('4月~9月');
  });
});

describe('footnote labels', () => {
  it('follow the language of the content file', async () => {
    const zh = await render('正文[^a]\n\n[^a]: 注。', '/site/content/tasks/zh/01-x.mdx');
    expect(zh).toContain('id="footnote-label">注释</h2>');
    expect(zh).toContain('aria-label="返回正文第1处引用"');
    const en = await render('Text[^a]\n\n[^a]: Note.', '/site/content/tasks/en/01-x.mdx');
    expect(en).toContain('id="footnote-label">Notes</h2>');
    expect(en).toContain('aria-label="Back to reference 1"');
  });

  it('read the language from the folder', () => {
    expect(langOfFile('/a/content/tasks/en/01.mdx')).toBe('en');
    expect(langOfFile('C:\\a\\content\\tasks\\en\\01.mdx')).toBe('en');
    expect(langOfFile('/a/content/tasks/zh/01.mdx')).toBe('zh');
    expect(langOfFile(undefined)).toBe('zh');
  });
});
