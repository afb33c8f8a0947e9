/**
 * The registry's names as English readers meet them: an English name is
 * English, and two different bodies never share one English name (a reader
 * could not tell them apart). One Chinese name with one English name is
 * checked in ../registry.ts.
 */
import type { z } from 'zod';
import { refuseNotEnglish } from './language';

interface Entry {
  zh: string;
  en: string;
}

export function registryRules(registry: { units: Entry[]; bodies: Entry[]; terms: Entry[] }, ctx: z.core.$RefinementCtx): void {
  const byEnglish = new Map<string, { zh: string; where: string }>();
  for (const list of ['units', 'bodies', 'terms'] as const) {
    registry[list].forEach((entry, index) => {
      refuseNotEnglish(entry.en, ctx, [list, index, 'en']);
      if (list === 'terms') return;
      const key = entry.en.toLowerCase().replace(/\s+/g, ' ');
      const other = byEnglish.get(key);
      if (other && other.zh !== entry.zh)
        ctx.addIssue({
          code: 'custom',
          path: [list, index, 'en'],
          message: `"${entry.en}" is also the English name of ${other.where} (${other.zh}): two bodies need two English names`,
        });
      else if (!other) byEnglish.set(key, { zh: entry.zh, where: `${list}[${index}]` });
    });
  }
}
