/**
 * Two builds of the site compared, for the reviewer: the pages whose text changed, by language; the
 * chart images that changed, copied side by side (before/, after/) for the pull request's artifact;
 * and the weight of the built site. Reads the two dist/ folders; writes only into the images folder.
 */
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, sep } from 'node:path';
import type { Lang } from '../../src/lib/language/locale';

export interface BuildDiff {
  /** Pages (their address) whose text changed, was added or removed, by language. */
  pages: Record<Lang, { page: string; change: 'added' | 'changed' | 'removed' }[]>;
  /** Chart images (their address) that changed, were added or removed. */
  charts: { file: string; change: 'added' | 'changed' | 'removed' }[];
  /** Bytes of the whole build and of its HTML. */
  weight: { before: { total: number; html: number }; after: { total: number; html: number } };
}

function filesUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((path) => statSync(join(dir, path)).isFile())
    .map((path) => path.split(sep).join('/'))
    .sort();
}

/** What a reader reads on a page: its text without markup, scripts or styles, spaces collapsed. */
export function pageText(html: string): string {
  return html
    .replace(/<(script|style|template)\b[\s\S]*?<\/\1>/gi, ' ')
    .replace(/<!--[\s\S]*?-->/g, ' ')
    .replace(/<[^>]*>/g, ' ')
    .replace(/&nbsp;/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** A built file's address on the site: `en/progress/x/index.html` → `/en/progress/x/`. */
const address = (path: string) => `/${path.replace(/(^|\/)index\.html$/, '$1')}`;
const langOf = (path: string): Lang => (path.startsWith('en/') ? 'en' : 'zh');
/** The 1× chart PNGs, which the site shows and links; the 2× copies say the same. */
const isChart = (path: string) => /(^|\/)charts\/[^/]+\.png$/.test(path) && !path.endsWith('@2x.png');

function weight(dir: string, files: readonly string[]) {
  let total = 0;
  let html = 0;
  for (const file of files) {
    const size = statSync(join(dir, file)).size;
    total += size;
    if (file.endsWith('.html')) html += size;
  }
  return { total, html };
}

/** Compares the builds in `before` and `after`; copies changed chart images into `images`/before and /after when given. */
export function compareBuilds(before: string, after: string, images?: string): BuildDiff {
  const old = filesUnder(before);
  const now = filesUnder(after);
  const all = [...new Set([...old, ...now])].sort();
  const oldSet = new Set(old);
  const nowSet = new Set(now);
  const change = (file: string, differs: (a: Buffer, b: Buffer) => boolean) => {
    if (!oldSet.has(file)) return 'added' as const;
    if (!nowSet.has(file)) return 'removed' as const;
    return differs(readFileSync(join(before, file)), readFileSync(join(after, file)))
      ? ('changed' as const)
      : undefined;
  };
  const pages: BuildDiff['pages'] = { zh: [], en: [] };
  for (const file of all.filter((path) => path.endsWith('.html'))) {
    const changed = change(file, (a, b) => pageText(a.toString('utf8')) !== pageText(b.toString('utf8')));
    if (changed) pages[langOf(file)].push({ page: address(file), change: changed });
  }
  const charts: BuildDiff['charts'] = [];
  for (const file of all.filter(isChart)) {
    const changed = change(file, (a, b) => !a.equals(b));
    if (!changed) continue;
    charts.push({ file: `/${file}`, change: changed });
    if (!images) continue;
    for (const [side, dir, has] of [
      ['before', before, oldSet],
      ['after', after, nowSet],
    ] as const) {
      if (!has.has(file)) continue;
      const target = join(images, side, file);
      mkdirSync(dirname(target), { recursive: true });
      copyFileSync(join(dir, file), target);
    }
  }
  return { pages, charts, weight: { before: weight(before, old), after: weight(after, now) } };
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const delta = (before: number, after: number) =>
  `${kb(before)} → ${kb(after)} (${after >= before ? '+' : '−'}${kb(Math.abs(after - before))})`;

/** The comparison as markdown sections for the change summary. `artifact` names where the chart images are. */
export function buildDiffMarkdown(diff: BuildDiff, artifact?: string): string[] {
  const lines = ['### Built pages whose text changed', ''];
  for (const lang of ['zh', 'en'] as const) {
    const pages = diff.pages[lang];
    lines.push(
      `- ${lang === 'zh' ? '中文' : 'English'} (${pages.length}): ${pages.length ? pages.map(({ page, change }) => `\`${page}\`${change === 'changed' ? '' : ` ${change}`}`).join(', ') : 'none'}`,
    );
  }
  lines.push('', '### Charts', '');
  if (!diff.charts.length) lines.push('No chart image changed.');
  else {
    lines.push(
      `${diff.charts.length} chart image${diff.charts.length === 1 ? '' : 's'} changed${artifact ? `; before and after are in the artifact \`${artifact}\`` : ''}:`,
      '',
    );
    for (const chart of diff.charts) lines.push(`- \`${chart.file}\` ${chart.change}`);
  }
  lines.push(
    '',
    '### Page weight',
    '',
    `- Whole site: ${delta(diff.weight.before.total, diff.weight.after.total)}`,
    `- HTML: ${delta(diff.weight.before.html, diff.weight.after.html)}`,
    '',
  );
  return lines;
}
