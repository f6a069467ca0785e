/** The Markdown pipeline Astro uses: unified with our plugins, checked on its own. */
import { describe, expect, it } from 'vitest';
import { createMarkdownProcessor } from '@astrojs/markdown-remark';
import { markdownOptions } from '../../src/markdown/pipeline.ts';
import { isPointHeading } from '../../src/markdown/rehype-run-in-headings.ts';

const processor = await createMarkdownProcessor(markdownOptions);
const render = async (md: string) => (await processor.render(md)).code;

describe('markdown pipeline', () => {
  it('closes bold run-in headings that end in Chinese punctuation', async () => {
    const html = await render('**一、聚焦“提的好”。**一是强化培训。');
    expect(html).toBe('<p><strong class="run-in">一、聚焦“提的好”。</strong>一是强化培训。</p>');
  });

  it('marks only point headings as run-in', async () => {
    expect(await render('**重要。**正文')).toBe('<p><strong>重要。</strong>正文</p>');
    expect(await render('正文**一、不是开头。**')).not.toContain('run-in');
    expect(isPointHeading('（三）完善机制。')).toBe(true);
    expect(isPointHeading('二是规范流程。')).toBe(true);
    expect(isPointHeading('二十四个站点')).toBe(false);
  });

  it('keeps quotes, dashes and ellipses exactly as written', async () => {
    const text = '他说"好"--然后...——还有……';
    expect(await render(text)).toBe(`<p>${text.replaceAll('"', '"')}</p>`);
  });

  it('strips raw HTML (scripts, event handlers) from the output', async () => {
    const html = await render('正文<script>alert(1)</script>\n\n<img src=x onerror="alert(1)">\n\n<a href="javascript:alert(1)">链接</a>');
    expect(html).not.toMatch(/<script|onerror|javascript:/i);
    expect(html).toContain('正文');
  });

  it('renders lists and emphasis', async () => {
    expect(await render('- 一项\n- 两项\n\n*强调*')).toBe('<ul>\n<li>一项</li>\n<li>两项</li>\n</ul>\n<p><em>强调</em></p>');
  });
});
