import { it } from 'vitest';
import { writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { metrics, plan } from '../../src/lib/content';
import { metricChartModel } from '../../src/lib/charts/model';
import { metricChartSvg, fileLayout } from '../../src/lib/charts/svg';
import { svgToPng } from '../../src/lib/charts/render';
import { useTranslations } from '../../src/lib/i18n';
it('scratch', async () => {
  for (const id of ['rail-trains', 'foreign-trade-growth', 'port-teu', 'sister-cities']) for (const lang of ['zh', 'en'] as const) {
    const m = metrics.find((x) => x.id === id)!;
    const model = metricChartModel(m, { lang, t: useTranslations(lang), period: plan.targetPeriod, phases: plan.phases, asOf: '2026-11-26' });
    const inline = metricChartSvg(model);
    const file = metricChartSvg(model, fileLayout);
    writeFileSync(`/tmp/ch/${id}-${lang}-inline.svg`, inline.replace('<svg ', '<svg xmlns="http://www.w3.org/2000/svg" font-family="sans-serif" '));
    writeFileSync(`/tmp/ch/${id}-${lang}.svg`, file);
    const t0 = performance.now();
    const png = await svgToPng(file, 2);
    const png1 = await svgToPng(file, 1);
    writeFileSync(`/tmp/ch/${id}-${lang}.png`, png);
    console.log(id, lang, 'inline', inline.length, gzipSync(inline).length, 'file', file.length, gzipSync(file).length, 'png2', png.length, 'png1', png1.length, (performance.now() - t0).toFixed(0), 'ms');
  }
});
