import { parse as parseBibtex } from '@retorquere/bibtex-parser';
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-ris';
import { describe, expect, it } from 'vitest';
import { citableMetric, citedWorks, citationFilePath, figureAnchors } from '../../src/lib/outputs/cite/page-citation';
import { citationFile, citationText, gbt7714, type CitedWork } from '../../src/lib/outputs/cite/formats';
import { metrics } from '../../src/lib/content/data';
import type { Observation } from '../../src/lib/content/schema/metrics';

const work: CitedWork = {
  id: 'wuhan-report-en-tasks-05-transport-hub',
  lang: 'en',
  type: 'webpage',
  title: 'Task 5: An international transport hub & 100% {braces}',
  author: "General Office of the Wuhan Municipal People's Government",
  siteName: 'Building Wuhan into an International Exchange Center',
  date: '2026-11-26',
  url: 'https://report.example.gov.cn/en/tasks/05-transport-hub/',
};
const zhWork: CitedWork = {
  ...work,
  id: 'wuhan-report-zh-tasks-05-transport-hub',
  lang: 'zh',
  title: '任务5：建设国际性综合交通枢纽城市',
  author: '武汉市人民政府办公厅',
  siteName: '武汉国际交往中心建设',
  url: 'https://report.example.gov.cn/tasks/05-transport-hub/',
};

describe('citation text', () => {
  it('follows GB/T 7714-2015 for an online resource on Chinese pages', () => {
    expect(gbt7714(zhWork)).toBe(
      '武汉市人民政府办公厅. 任务5：建设国际性综合交通枢纽城市[EB/OL]. 武汉国际交往中心建设, (2026-11-26)[引用日期]. https://report.example.gov.cn/tasks/05-transport-hub/.',
    );
    expect(citationText(zhWork)).toBe(gbt7714(zhWork));
  });

  it('follows APA 7 for a web page or data set on English pages', () => {
    expect(citationText(work)).toBe(
      `General Office of the Wuhan Municipal People's Government. (2026, November 26). ${work.title}. Building Wuhan into an International Exchange Center. ${work.url}`,
    );
  });

  it("cites a figure from its own source and publisher, with the figure's period and the site that compiled it", () => {
    const figure: CitedWork = {
      ...work,
      type: 'dataset',
      author: 'cnhubei.com',
      title: 'Wuhan foreign trade, January to August',
      date: '2025-09-20',
      url: 'https://news.example.cn/trade.html',
      figure: {
        text: 'Foreign trade growth: 17.1% (Jan–Aug 2025)',
        compiledBy: work.siteName,
        compiledAt: `${work.url}#figure-2025-08-31`,
      },
    };
    expect(citationText(figure)).toBe(
      `cnhubei.com. (2025, September 20). Wuhan foreign trade, January to August. https://news.example.cn/trade.html [Figure: Foreign trade growth: 17.1% (Jan–Aug 2025); compiled by ${work.siteName}: ${work.url}#figure-2025-08-31]`,
    );
    expect(
      gbt7714({
        ...figure,
        lang: 'zh',
        author: '荆楚网',
        figure: {
          ...figure.figure!,
          text: '外贸进出口总额同比增长：17.1%（2025年1—8月）',
          compiledBy: '武汉国际交往中心建设',
        },
      }),
    ).toBe(
      `荆楚网. Wuhan foreign trade, January to August[EB/OL]. (2025-09-20)[引用日期]. https://news.example.cn/trade.html. 数字：外贸进出口总额同比增长：17.1%（2025年1—8月）；武汉国际交往中心建设整理：${work.url}#figure-2025-08-31.`,
    );
  });
});

describe('citation files', () => {
  it('writes BibTeX that a BibTeX parser reads back, special characters included', () => {
    const parsed = parseBibtex(citationFile([work, zhWork], 'bib'));
    expect(parsed.errors).toEqual([]);
    expect(parsed.entries.map((entry) => entry.key)).toEqual([work.id, zhWork.id]);
    expect(parsed.entries[0]!.fields.title).toBe(work.title);
    expect(parsed.entries[0]!.fields.url).toBe(work.url);
    // A body is one author, not a surname and given names.
    expect(parsed.entries[1]!.fields.author).toEqual([{ name: '武汉市人民政府办公厅' }]);
  });

  it('writes RIS that citation.js reads back', async () => {
    const note = { text: '数字', compiledBy: '本站', compiledAt: 'https://report.example.gov.cn/#figure' };
    const data = (await Cite.async(citationFile([work, { ...zhWork, type: 'dataset', figure: note }], 'ris'))).data as {
      title: string;
      URL: string;
      type: string;
      note?: string;
    }[];
    expect(data).toHaveLength(2);
    expect(data[0]).toMatchObject({ title: work.title, URL: work.url, type: 'webpage' });
    expect(data[1]!.note).toBe('数字：数字；本站整理：https://report.example.gov.cn/#figure');
  });

  it('keeps every value on its line, so a line break in a title cannot add a field', () => {
    const injected = { ...work, title: 'Task 4\r\nUR  - https://evil.example/phish\u2028ER  -' };
    const ris = citationFile([injected], 'ris');
    expect(ris.split('\r\n').filter((line) => line.startsWith('UR'))).toEqual([`UR  - ${work.url}`]);
    expect(ris).toContain('TI  - Task 4 UR  - https://evil.example/phish ER  -\r\n');
    expect(citationFile([injected], 'bib')).not.toMatch(/phish\n|4\r?\n/);
  });

  it('writes CSL-JSON with the CSL fields and date parts', () => {
    const [item] = JSON.parse(citationFile([work], 'json'));
    expect(item).toEqual({
      id: work.id,
      type: 'webpage',
      title: work.title,
      'container-title': work.siteName,
      author: [{ literal: work.author }],
      publisher: work.author,
      issued: { 'date-parts': [[2026, 11, 26]] },
      URL: work.url,
      language: 'en',
    });
  });
});

describe('what is cited', () => {
  it('cites a metric page and each of its figures at a stable, language-independent anchor', () => {
    const metric = metrics.find((candidate) => candidate.id === 'sister-cities')!;
    const [page, ...figures] = citedWorks(citableMetric(metric, 'en'), 'https://report.example.gov.cn/');
    expect(page!.url).toBe('https://report.example.gov.cn/en/progress/sister-cities/');
    expect(figures).toHaveLength(metric.observations.length);
    expect(figures[0]!.figure!.compiledAt).toMatch(
      /^https:\/\/report\.example\.gov\.cn\/en\/progress\/sister-cities\/#figure-\d{4}-\d{2}-\d{2}$/,
    );
    // A figure is cited from its source, by its own publisher, not by whoever runs the site.
    expect(figures[0]).toMatchObject({
      url: metric.observations[0]!.source.url,
      author: metric.observations[0]!.source.publisher.en,
      date: metric.observations[0]!.source.publishedOn,
    });
    const zhAnchors = citedWorks(citableMetric(metric, 'zh'))
      .slice(1)
      .map((figure) => figure.figure!.compiledAt.split('#')[1]);
    expect(figures.map((figure) => figure.figure!.compiledAt.split('#')[1])).toEqual(zhAnchors);
    expect(citedWorks(citableMetric(metric, 'zh'))[0]!.url).toBe('/progress/sister-cities/');
  });

  it('never gives two figures of a metric one anchor', () => {
    const observation = (value: number) => ({ date: '2026-06-30', value }) as Observation;
    const observations = [observation(2), observation(1)];
    expect([...figureAnchors(observations).values()].sort()).toEqual(['figure-2026-06-30', 'figure-2026-06-30-2']);
  });

  it('keeps citation files at stable addresses', () => {
    expect(citationFilePath('zh', '/tasks/05-transport-hub/', 'bib')).toBe('/cite/tasks/05-transport-hub.bib');
    expect(citationFilePath('en', '/progress/sister-cities/', 'json')).toBe('/en/cite/progress/sister-cities.json');
  });
});
