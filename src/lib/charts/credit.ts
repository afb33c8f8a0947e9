/**
 * Adds the credit line (source, site, address, licence; see chartCredit in
 * src/lib/licence.ts) under a chart, so a downloaded or shared image still
 * says where it comes from and on what terms.
 */
import type { Plugin } from 'chart.js';
import type { Lang } from '../locale';
import type { ChartSpec } from './metric-chart';
import { chartFont, palette } from './palette';
import { wrapText } from './text';

export function withCredit(spec: ChartSpec, credit: string, lang: Lang): ChartSpec {
  const fontSize = 11;
  const lineHeight = 15;
  // About 0.55 em per Latin character, 1 em per Chinese one.
  const lines = wrapText(credit, Math.floor((spec.width - 16) / (fontSize * (lang === 'zh' ? 1 : 0.55))), lang);
  const room = lines.length * lineHeight + 8;
  const creditLine: Plugin = {
    id: 'creditLine',
    afterDraw(chart) {
      const { ctx, height } = chart;
      ctx.save();
      ctx.font = `${fontSize}px "${chartFont}"`;
      ctx.fillStyle = palette.inkSoft;
      ctx.textAlign = 'left';
      ctx.textBaseline = 'alphabetic';
      lines.forEach((line, index) => ctx.fillText(line, 8, height - 6 - (lines.length - 1 - index) * lineHeight));
      ctx.restore();
    },
  };
  const options = spec.config.options ?? {};
  const padding = (options.layout?.padding ?? {}) as { top?: number; right?: number; bottom?: number; left?: number };
  return {
    width: spec.width,
    height: spec.height + room,
    config: {
      ...spec.config,
      options: { ...options, layout: { ...options.layout, padding: { ...padding, bottom: (padding.bottom ?? 0) + room } } },
      plugins: [...(spec.config.plugins ?? []), creditLine],
    } as ChartSpec['config'],
  };
}
