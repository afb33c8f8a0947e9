import { createMarkdownProcessor } from '@astrojs/markdown-remark';
import { describe, expect, it } from 'vitest';
import { remarkPlugins } from '../../src/lib/markdown';

const render = async (markdown: string) => {
  const processor = await createMarkdownProcessor({ gfm: false, remarkPlugins });
  return (await processor.render(markdown)).code;
};

describe('the Markdown settings the site builds with', () => {
  it('render GitHub-flavoured tables, footnotes, strikethrough and autolinks', async () => {
    const html = await render('| 名称 | 类别 |\n|---|---|\n| 汉马 | 赛事 |\n\nText[^n] ~~old~~ https://example.org\n\n[^n]: A note.');
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
