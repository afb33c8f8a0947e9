/**
 * Share cards: the 1200×630 image a link preview (WeChat, Open Graph,
 * Twitter) shows for a page, drawn at build time with the charts' canvas and
 * font. Pages ask for their card while they render (`requestShareCard`); the
 * build draws them all at its end (`drawShareCards`, see src/integrations/share-cards.ts),
 * reusing earlier drawings of the same content from a cache.
 */
import { createHash } from 'node:crypto';
import type { SKRSContext2D } from '@napi-rs/canvas';
import { chartFont, palette } from '../charts/palette';
import { statusColour } from '../judging/status';
import { keptEntryOrMade, removeStale, sourceHash, writeOutputs, type Output } from '../build/cache';
import { shared } from '../build/shared-store';
import { loadCanvas, rasterise, registerChartFonts } from './chart-png';
import { escapeXml } from '../outputs/xml';
import { inTurn, newTurns, type Turns } from '../build/turns';
import { localizedFile, type Lang } from '../language/locale';
import type { Status } from '../judging/progress';

export const shareCardSize = { width: 1200, height: 630 } as const;

export interface ShareCard {
  lang: Lang;
  /** The page's title, without the site name. */
  title: string;
  /** A line above the title: the page's section or group. */
  kicker?: string;
  /** The page's key figures, such as its target and latest figure. */
  facts?: { label: string; value: string }[];
  /** A metric's status, written out and coloured. */
  status?: { status: Status; text: string };
  siteName: string;
  /** The site's address without its scheme, when the build knows it. */
  siteHost?: string;
}

/** Where a page's card lives: `/share/index.png`, `/en/share/tasks/01-major-diplomatic-events.png`. */
export function shareCardPath(lang: Lang, path: string): string {
  const clean = path.split('/').filter(Boolean).join('/');
  return localizedFile(lang, `/share/${clean || 'index'}.png`);
}

/**
 * Breaks text into lines that fit `width` pixels: by words in English, by
 * characters in Chinese. A line's width is the sum of its pieces' widths,
 * each measured once (measuring every longer candidate line took a tenth of
 * the build's page rendering); the SVG renderer draws without kerning
 * anyway.
 */
function fitLines(context: SKRSContext2D, text: string, width: number, lang: Lang): string[] {
  const pieces = lang === 'en' ? text.split(/\s+/).filter(Boolean) : [...text];
  const separator = lang === 'en' ? ' ' : '';
  const lines: string[] = [];
  let line = '';
  let lineWidth = 0;
  for (const piece of pieces) {
    const added = context.measureText(line ? `${separator}${piece}` : piece).width;
    if (line && lineWidth + added > width) {
      lines.push(line);
      line = piece;
      lineWidth = context.measureText(piece).width;
    } else {
      line = line ? `${line}${separator}${piece}` : piece;
      lineWidth += added;
    }
  }
  if (line) lines.push(line);
  return lines;
}

/** The largest title size at which the title fits in `maxLines` lines; the last line is cut with an ellipsis if even the smallest does not. */
function fitTitle(
  context: SKRSContext2D,
  title: string,
  width: number,
  lang: Lang,
  maxLines: number,
): { size: number; lines: string[] } {
  for (const size of [64, 56, 50, 44]) {
    context.font = `bold ${size}px "${chartFont}"`;
    const lines = fitLines(context, title, width, lang);
    if (lines.length <= maxLines) return { size, lines };
  }
  const lines = fitLines(context, title, width, lang).slice(0, maxLines);
  lines[maxLines - 1] = `${lines[maxLines - 1]!.slice(0, -2)}…`;
  return { size: 44, lines };
}

let measuring: SKRSContext2D | undefined;
/** A canvas used only to measure text with the card's font, so that lines break where they will be drawn. */
function measuringContext(): SKRSContext2D {
  registerChartFonts();
  return (measuring ??= loadCanvas().createCanvas(1, 1).getContext('2d'));
}

/**
 * One card as SVG, laid out here with the font's own measurements and drawn
 * by the PNG worker (charts/render.ts `rasterise`): drawing on this thread
 * took a tenth of the pages' rendering time.
 */
export function shareCardSvg(card: ShareCard): string {
  const context = measuringContext();
  const { width, height } = shareCardSize;
  const margin = 72;
  const textWidth = width - margin * 2;
  const parts: string[] = [];
  const text = (content: string, x: number, y: number, size: number, fill: string, bold = false, anchor = '') =>
    parts.push(
      `<text x="${x}" y="${y}" font-size="${size}"${bold ? ' font-weight="bold"' : ''} fill="${fill}"${anchor ? ` text-anchor="${anchor}"` : ''}>${escapeXml(content)}</text>`,
    );
  const measure = (content: string, size: number, bold = false) => {
    context.font = `${bold ? 'bold ' : ''}${size}px "${chartFont}"`;
    return context.measureText(content).width;
  };
  parts.push(`<rect width="${width}" height="${height}" fill="${palette.paper}"/>`);
  // The site's colour, as in its favicon: a band along the top and the foot.
  parts.push(
    `<rect width="${width}" height="16" fill="#0b4a7d"/>`,
    `<rect y="${height - 96}" width="${width}" height="96" fill="#0b4a7d"/>`,
  );

  // The status, as a coloured pill at the top right, beside the kicker.
  let kickerWidth = textWidth;
  if (card.status) {
    const pill = measure(card.status.text, 30, true) + 40;
    const pillX = width - margin - pill;
    parts.push(
      `<rect x="${pillX}" y="50" width="${pill}" height="50" rx="25" fill="${statusColour[card.status.status]}"/>`,
    );
    // White on the status colours; dark on the light grey of "no figure yet".
    text(
      card.status.text,
      pillX + 20,
      86,
      30,
      card.status.status === 'no-data' || card.status.status === 'awaiting' ? palette.ink : palette.paper,
      true,
    );
    kickerWidth = textWidth - pill - 24;
  }

  let y = 96;
  if (card.kicker) {
    context.font = `28px "${chartFont}"`;
    text(fitLines(context, card.kicker, kickerWidth, card.lang)[0]!, margin, y, 28, palette.inkSoft);
    y += 24;
  }
  const facts = card.facts ?? [];
  const title = fitTitle(context, card.title, textWidth, card.lang, facts.length ? 3 : 4);
  for (const line of title.lines) {
    y += Math.round(title.size * 1.25);
    text(line, margin, y, title.size, palette.ink, true);
  }

  // Key figures in one row: the largest size at which they all fit; any that still do not are left out.
  if (facts.length) {
    const gap = 56;
    const rowWidth = (size: number) => facts.reduce((sum, fact) => sum + measure(fact.value, size, true) + gap, -gap);
    const size = [40, 34, 28].find((candidate) => rowWidth(candidate) <= textWidth) ?? 28;
    y += 36;
    let x = margin;
    for (const fact of facts) {
      const factWidth = measure(fact.value, size, true);
      if (x + factWidth > width - margin) break;
      text(fact.value, x, y + 72, size, palette.figure, true);
      text(fact.label, x, y + 24, 24, palette.inkSoft);
      x += factWidth + gap;
    }
  }

  // The site's name, and its address when known, on the band at the foot.
  const hostWidth = card.siteHost ? measure(card.siteHost, 24) + 32 : 0;
  const nameSize = measure(card.siteName, 32, true) > textWidth - hostWidth ? 26 : 32;
  const nameFits = measure(card.siteName, nameSize, true) <= textWidth - hostWidth;
  text(fitLines(context, card.siteName, textWidth, card.lang)[0]!, margin, height - 36, nameSize, palette.paper, true);
  if (card.siteHost && nameFits) text(card.siteHost, width - margin, height - 38, 24, palette.paper, false, 'end');
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${chartFont}">${parts.join('')}</svg>`;
}

/**
 * Draws one card as an opaque RGB PNG, on the PNG worker: sharp encodes it in
 * a third of the time Skia's encoder takes (about 20 ms a card instead of
 * 46, measured), and a third smaller.
 */
export function drawShareCard(card: ShareCard): Promise<Buffer> {
  return rasterise(shareCardSvg(card), 1, { compressionLevel: 6 });
}

/** Bump when the drawing changes, so cached cards are drawn anew; the key also holds a hash of the drawing code and the chart font's version, so a forgotten bump cannot publish old cards. */
const drawingVersion = 5;
const drawingCode = sourceHash(process.cwd(), [
  'src/lib/images/share-card.ts',
  'src/lib/charts/palette.ts',
  'src/lib/images/raster-worker.ts',
  'src/lib/outputs/xml.ts',
  'src/lib/judging/status.ts',
  'node_modules/@expo-google-fonts/noto-sans-sc/package.json',
]);

interface Requested {
  /** The card's file, relative to the output folder. */
  file: string;
  card: ShareCard;
  /** The card's image, being drawn (or read from the cache) since the page asked for it, during a build. */
  image?: Promise<Output>;
}

export interface ShareCardStats {
  drawn: number;
  cached: number;
  milliseconds: number;
}

/** Kept in the build store (build-store.ts): the layout (in Astro's bundle) and the integration (src/integrations/share-cards.ts) load this module apart. */
interface Store {
  requests: Map<string, Requested>;
  stats: ShareCardStats;
  /** Cards being drawn: three at a time (see `cardImage`). */
  turns: Turns;
}
const store = (): Store =>
  shared('share-cards', () => ({
    requests: new Map(),
    stats: { drawn: 0, cached: 0, milliseconds: 0 },
    turns: newTurns(),
  }));

/**
 * A card's image: its entry in `cacheDir` when its content was drawn before
 * (keyed by a hash of its content and the drawing version), drawn and kept
 * there otherwise, and copied into the output when the build ends (cache.ts
 * `Output`); three at a time, so the PNG worker stays busy while pages
 * render without holding every card's pixels at once.
 */
function cardImage(card: ShareCard, cacheDir: string): Promise<Output> {
  return inTurn(store().turns, 3, async () => {
    const { stats } = store();
    const key = createHash('sha256')
      .update(JSON.stringify({ drawingVersion, drawingCode, card }))
      .digest('hex')
      .slice(0, 32);
    const { output, reused } = await keptEntryOrMade(cacheDir, `${key}.png`, () => drawShareCard(card));
    if (reused) stats.cached += 1;
    else stats.drawn += 1;
    return output;
  });
}

/**
 * Called by the layout as a page renders; returns the card's URL path. In a
 * build, `cacheDir` (from the build context) is where drawn cards are kept,
 * and the card is drawn at once, while other pages render, and written when
 * the build ends; without it, the card is drawn then.
 */
export function requestShareCard(lang: Lang, path: string, card: ShareCard, cacheDir?: string): string {
  const url = shareCardPath(lang, path);
  const { requests } = store();
  const earlier = requests.get(url);
  if (earlier && JSON.stringify(earlier.card) !== JSON.stringify(card))
    throw new Error(`Two pages want different share cards at ${url}: "${earlier.card.title}" and "${card.title}"`);
  if (!earlier)
    requests.set(url, { file: url.slice(1), card, image: cacheDir ? cardImage(card, cacheDir) : undefined });
  return url;
}

/** Writes every requested card into `outDir`, drawing those not yet started (see `cardImage`); returns what was drawn and reused. */
export async function drawShareCards(outDir: string, cacheDir: string): Promise<ShareCardStats> {
  const started = performance.now();
  const state = store();
  const pending = [...state.requests.values()];
  state.requests.clear();
  await writeOutputs(
    outDir,
    pending.map((request): [string, Promise<Output>] => [
      request.file,
      request.image ?? cardImage(request.card, cacheDir),
    ]),
  );
  removeStale(cacheDir);
  const stats = { ...state.stats, milliseconds: performance.now() - started };
  state.stats = { drawn: 0, cached: 0, milliseconds: 0 };
  return stats;
}
