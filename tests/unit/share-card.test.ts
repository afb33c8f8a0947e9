import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { escapeXml } from '../../src/lib/outputs/xml';
import {
  drawShareCard,
  drawShareCards,
  requestShareCard,
  shareCardPath,
  shareCardSvg,
  type ShareCard,
} from '../../src/lib/images/share-card';

const card: ShareCard = {
  lang: 'zh',
  title: '武汉天河机场和鄂州花湖机场国际及地区旅客吞吐量',
  kicker: '枢纽优势进一步凸显',
  facts: [{ label: '目标', value: '150万人' }],
  status: { status: 'no-data', text: '尚无公开数字' },
  siteName: '武汉国际交往中心建设',
};
const size = (png: Buffer) => ({ width: png.readUInt32BE(16), height: png.readUInt32BE(20) });

describe('share cards', () => {
  it('live at one address per page and language', () => {
    expect(shareCardPath('zh', '/')).toBe('/share/index.png');
    expect(shareCardPath('en', '/tasks/05-transport-hub/')).toBe('/en/share/tasks/05-transport-hub.png');
  });

  it('are 1200×630 PNGs, also for a title far too long for three lines', async () => {
    expect(size(await drawShareCard(card))).toEqual({ width: 1200, height: 630 });
    const long = await drawShareCard({
      ...card,
      lang: 'en',
      title: 'A very long title '.repeat(20),
      facts: [],
      status: undefined,
    });
    expect(size(long)).toEqual({ width: 1200, height: 630 });
  });

  it('are drawn once, then copied from the cache while their content is unchanged', async () => {
    const out = mkdtempSync(join(tmpdir(), 'share-out-'));
    const cache = mkdtempSync(join(tmpdir(), 'share-cache-'));
    try {
      requestShareCard('zh', '/progress/x/', card);
      expect(await drawShareCards(out, cache)).toMatchObject({ drawn: 1, cached: 0 });
      requestShareCard('zh', '/progress/x/', card);
      requestShareCard('en', '/progress/x/', { ...card, lang: 'en', title: 'Another' });
      expect(await drawShareCards(out, cache)).toMatchObject({ drawn: 1, cached: 1 });
      expect(size(readFileSync(join(out, 'en/share/progress/x.png')))).toEqual({ width: 1200, height: 630 });
    } finally {
      rmSync(out, { recursive: true, force: true });
      rmSync(cache, { recursive: true, force: true });
    }
  });

  it('are laid out as SVG with every text escaped, and the title broken into lines that fit', () => {
    const svg = shareCardSvg({
      ...card,
      lang: 'en',
      title: 'Trade & investment <fairs> "abroad" '.repeat(3),
      facts: [],
      status: undefined,
    });
    expect(svg).toContain('Trade &amp; investment &lt;fairs&gt;');
    expect(svg).not.toMatch(/<fairs>/);
    const titleLines = [...svg.matchAll(/<text [^>]*font-weight="bold"[^>]*>([^<]*)<\/text>/g)]
      .map((match) => match[1]!)
      .slice(0, -1);
    expect(titleLines.length).toBeGreaterThan(1);
    expect(titleLines.join(' ').replace(/\s+/g, ' ')).toBe(
      escapeXml('Trade & investment <fairs> "abroad" '.repeat(3).trim()),
    );
  });

  it('refuse two different cards at one address', () => {
    requestShareCard('zh', '/same/', card);
    expect(() => requestShareCard('zh', '/same/', { ...card, title: '另一页' })).toThrow(/\/share\/same\.png/);
  });
});
