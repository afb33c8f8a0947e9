/**
 * The glossary holds every name of the registry in both languages, English
 * names marked official or suggested; the one-page report holds the whole
 * plan: every target with its status, every task with its units, every
 * phase and the leading group.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { localizedPath } from '../../src/lib/language/locale';
import { root } from '../support/plan-text';

const distDir = inject('distDir');
const read = (file: string) => JSON.parse(readFileSync(join(root, 'content', file), 'utf8'));
const registry = read('registry.json') as Record<
  'units' | 'bodies' | 'terms',
  { id: string; zh: string; en: string; english?: string }[]
>;
const metrics = read('metrics.json').metrics as {
  id: string;
  name: { zh: string; en: string };
  observations: { source: { title: { zh: string; en: string } } }[];
}[];
const plan = read('plan.json') as {
  phases: { name: { zh: string; en: string } }[];
  organization: { leadingGroup: { holder: { zh: string; en: string } }[] };
};
/** The page's main content as text, entities decoded as far as these names need. */
const mainText = (lang: 'zh' | 'en', path: string) => {
  const html = readFileSync(join(distDir, localizedPath(lang, path), 'index.html'), 'utf8');
  return html
    .slice(html.indexOf('<main'), html.indexOf('</main>'))
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&')
    .replace(/&quot;/g, '"');
};

describe.each(['zh', 'en'] as const)('in %s', (lang) => {
  it('the glossary names every body, place, event and programme in both languages, and marks official and suggested English', () => {
    const main = mainText(lang, '/glossary/');
    for (const entry of [...registry.units, ...registry.bodies, ...registry.terms]) {
      const row = main.match(new RegExp(`<tr id="name-${entry.id}">(.*?)</tr>`))?.[1];
      expect(row, entry.id).toBeDefined();
      expect(row).toContain(entry.zh);
      expect(row).toContain(entry.en);
      if (entry.english) expect(row).toContain(`glossary-status--${entry.english}`);
    }
  });

  it('the plan at a glance holds every target with its status, every task on a line and the phases', () => {
    const main = mainText(lang, '/report/');
    for (const metric of metrics)
      expect(main).toContain(`href="${localizedPath(lang, `/progress/${metric.id}/`)}">${metric.name[lang]}</a>`);
    const table = main.slice(main.indexOf('<table'), main.indexOf('</table>'));
    expect(table.match(/class="status status--/g)?.length).toBe(metrics.length);
    expect(main.match(/<ol class="scorecard__tasks">(.*?)<\/ol>/)?.[1]?.match(/<li/g)?.length).toBe(12);
    for (const phase of plan.phases) expect(main).toContain(phase.name[lang]);
    expect(main).toContain(`href="${localizedPath(lang, '/report/full/')}"`);
  });

  it('the full report holds every target with its figures, every task with its units, the phases and the leading group', () => {
    const main = mainText(lang, '/report/full/');
    for (const metric of metrics) {
      expect(main).toContain(`href="${localizedPath(lang, `/progress/${metric.id}/`)}">${metric.name[lang]}</a>`);
      for (const observation of metric.observations) expect(main).toContain(observation.source.title[lang]);
    }
    expect(main.match(/class="report__units"/g)?.length).toBe(12);
    for (const phase of plan.phases) expect(main).toContain(phase.name[lang]);
    for (const member of plan.organization.leadingGroup) expect(main).toContain(member.holder[lang]);
  });
});
