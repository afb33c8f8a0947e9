import { describe, expect, it } from 'vitest';
import { site } from '../../src/lib/content/data';
import { chartCredit, governmentTextNotice, licenceStatement } from '../../src/lib/outputs/licence';
import { Site } from '../../src/lib/content/schema/site';

describe('licence', () => {
  it('defaults to CC BY 4.0 when content/site.json names none', () => {
    // The site's name and permanent identity are required; the licence is not.
    const { name, subtitle, description, tagAuthority, citationKeyPrefix, deployName } = site;
    const parsed = Site.parse({ name, subtitle, description, tagAuthority, citationKeyPrefix, deployName });
    expect(parsed.licence).toMatchObject({
      spdx: 'CC-BY-4.0',
      name: 'CC BY 4.0',
      url: 'https://creativecommons.org/licenses/by/4.0/',
    });
  });

  it('refuses a licence link that is not a web address', () => {
    const result = Site.safeParse({ licence: { ...site.licence, url: 'javascript:alert(1)' } });
    expect(result.success).toBe(false);
  });

  it('is stated in both languages and sets the government text apart', () => {
    expect(Object.values(licenceStatement('zh', site.licence)).join('')).toBe(
      '本站的文字、数据和图表采用知识共享署名 4.0 国际许可协议（CC BY 4.0）授权。',
    );
    expect(Object.values(licenceStatement('en', site.licence)).join('')).toBe(
      'The text, data and charts of this site are licensed under Creative Commons Attribution 4.0 International (CC BY 4.0).',
    );
    expect(governmentTextNotice('zh', '武政办〔2026〕26号')).toContain('政府公文');
    expect(governmentTextNotice('en', 'Wu Zheng Ban [2026] No. 26')).toMatch(
      /government document.*not under this licence/,
    );
  });

  it("gives charts a credit line with the site's address and the licence", () => {
    const credit = chartCredit({
      lang: 'en',
      licence: site.licence,
      siteName: 'Site',
      siteUrl: 'https://report.example.gov.cn/',
    });
    expect(credit).toContain('https://report.example.gov.cn');
    expect(credit).toContain('CC BY 4.0');
    expect(chartCredit({ lang: 'zh', licence: site.licence, siteName: '网站' })).toMatch(/^来源：网站.*CC BY 4\.0$/);
  });
});

describe('chart credit line', () => {
  it('is written as text under every chart file, which grows to make room for it', async () => {
    const { fileLayout, metricChartSvg } = await import('../../src/lib/charts/metric-svg');
    const { shareChartSvg } = await import('../../src/lib/charts/share-svg');
    const { chartRefs, metricModel, shareModel } = await import('../../src/lib/charts/catalogue');
    const credit = chartCredit({
      lang: 'en',
      licence: site.licence,
      siteName: 'Site',
      siteUrl: 'https://report.example.gov.cn/',
    });
    const heightOf = (svg: string) => Number(svg.match(/viewBox="0 0 \d+ (\d+)"/)![1]);
    for (const ref of chartRefs) {
      const [plain, credited] =
        ref.kind === 'metric'
          ? [
              metricChartSvg(metricModel(ref.metric, 'en'), fileLayout),
              metricChartSvg(metricModel(ref.metric, 'en'), fileLayout, credit),
            ]
          : [shareChartSvg(shareModel(ref, 'en')), shareChartSvg(shareModel(ref, 'en'), credit)];
      expect(plain, ref.id).not.toContain('CC BY 4.0');
      expect(credited, ref.id).toMatch(
        /<text[^>]*>Source: Site https:\/\/report\.example\.gov\.cn[^<]*CC BY 4\.0<\/text>/,
      );
      if (ref.kind !== 'metric') expect(heightOf(credited), ref.id).toBeGreaterThan(heightOf(plain));
    }
  });
});
