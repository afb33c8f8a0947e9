/**
 * Share cards: the 1200×630 image a link preview (WeChat, Open Graph,
 * Twitter) shows for a page, drawn at build time with the charts' canvas and
 * font. Pages ask for their card while they render (`requestShareCard`); the
 * build draws them all at its end (`drawShareCards`, see astro.config.mjs),
 * reusing earlier drawings of the same content from a cache.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { createCanvas, type SKRSContext2D } from '@napi-rs/canvas';
import { chartFont, palette } from './charts/palette';
import { statusColour } from './status';
import { registerChartFonts } from './charts/render';
import { localizedFile, type Lang } from './locale';
import type { Status } from './progress';

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

/** Breaks text into lines that fit `width` pixels: by words in English, by characters in Chinese. */
function fitLines(context: SKRSContext2D, text: string, width: number, lang: Lang): string[] {
  const pieces = lang === 'en' ? text.split(/\s+/) : [...text];
  const separator = lang === 'en' ? ' ' : '';
  const lines: string[] = [];
  let line = '';
  for (const piece of pieces) {
    const candidate = line ? `${line}${separator}${piece}` : piece;
    if (line && context.measureText(candidate).width > width) {
      lines.push(line);
      line = piece;
    } else line = candidate;
  }
  if (line) lines.push(line);
  return lines;
}

/** The largest title size at which the title fits in `maxLines` lines; the last line is cut with an ellipsis if even the smallest does not. */
function fitTitle(context: SKRSContext2D, title: string, width: number, lang: Lang, maxLines: number): { size: number; lines: string[] } {
  for (const size of [64, 56, 50, 44]) {
    context.font = `bold ${size}px "${chartFont}"`;
    const lines = fitLines(context, title, width, lang);
    if (lines.length <= maxLines) return { size, lines };
  }
  const lines = fitLines(context, title, width, lang).slice(0, maxLines);
  lines[maxLines - 1] = `${lines[maxLines - 1]!.slice(0, -2)}…`;
  return { size: 44, lines };
}

/** Draws one card as an opaque PNG. */
export async function drawShareCard(card: ShareCard): Promise<Buffer> {
  registerChartFonts();
  const { width, height } = shareCardSize;
  const canvas = createCanvas(width, height);
  const context = canvas.getContext('2d');
  const margin = 72;
  const textWidth = width - margin * 2;
  context.fillStyle = palette.paper;
  context.fillRect(0, 0, width, height);
  // The site's colour, as in its favicon: a band along the top and the foot.
  context.fillStyle = '#0b4a7d';
  context.fillRect(0, 0, width, 16);
  context.fillRect(0, height - 96, width, 96);
  context.textBaseline = 'alphabetic';

  // The status, as a coloured pill at the top right, beside the kicker.
  let kickerWidth = textWidth;
  if (card.status) {
    context.font = `bold 30px "${chartFont}"`;
    const pill = context.measureText(card.status.text).width + 40;
    const pillX = width - margin - pill;
    context.fillStyle = statusColour[card.status.status];
    context.beginPath();
    context.roundRect(pillX, 50, pill, 50, 25);
    context.fill();
    // White on the status colours; dark on the light grey of "no figure yet".
    context.fillStyle = card.status.status === 'no-data' ? palette.ink : palette.paper;
    context.fillText(card.status.text, pillX + 20, 86);
    kickerWidth = textWidth - pill - 24;
  }

  let y = 96;
  if (card.kicker) {
    context.font = `28px "${chartFont}"`;
    context.fillStyle = palette.inkSoft;
    context.fillText(fitLines(context, card.kicker, kickerWidth, card.lang)[0]!, margin, y);
    y += 24;
  }
  const facts = card.facts ?? [];
  const title = fitTitle(context, card.title, textWidth, card.lang, facts.length ? 3 : 4);
  context.font = `bold ${title.size}px "${chartFont}"`;
  context.fillStyle = palette.ink;
  for (const line of title.lines) {
    y += Math.round(title.size * 1.25);
    context.fillText(line, margin, y);
  }

  // Key figures in one row: the largest size at which they all fit; any that still do not are left out.
  if (facts.length) {
    const gap = 56;
    const rowWidth = (size: number) =>
      facts.reduce((sum, fact) => {
        context.font = `bold ${size}px "${chartFont}"`;
        return sum + context.measureText(fact.value).width + gap;
      }, -gap);
    const size = [40, 34, 28].find((candidate) => rowWidth(candidate) <= textWidth) ?? 28;
    y += 36;
    let x = margin;
    for (const fact of facts) {
      context.font = `bold ${size}px "${chartFont}"`;
      const factWidth = context.measureText(fact.value).width;
      if (x + factWidth > width - margin) break;
      context.fillStyle = palette.figure;
      context.fillText(fact.value, x, y + 72);
      context.font = `24px "${chartFont}"`;
      context.fillStyle = palette.inkSoft;
      context.fillText(fact.label, x, y + 24);
      x += factWidth + gap;
    }
  }

  // The site's name, and its address when known, on the band at the foot.
  context.fillStyle = palette.paper;
  context.font = `24px "${chartFont}"`;
  const hostWidth = card.siteHost ? context.measureText(card.siteHost).width + 32 : 0;
  let nameSize = 32;
  context.font = `bold ${nameSize}px "${chartFont}"`;
  if (context.measureText(card.siteName).width > textWidth - hostWidth) nameSize = 26;
  context.font = `bold ${nameSize}px "${chartFont}"`;
  const nameFits = context.measureText(card.siteName).width <= textWidth - hostWidth;
  context.fillText(fitLines(context, card.siteName, textWidth, card.lang)[0]!, margin, height - 36);
  if (card.siteHost && nameFits) {
    context.font = `24px "${chartFont}"`;
    context.textAlign = 'right';
    context.fillText(card.siteHost, width - margin, height - 38);
  }
  return canvas.encode('png');
}

/** Bump when the drawing changes, so cached cards are drawn anew. */
const drawingVersion = 3;

interface Requested {
  /** The card's file, relative to the output folder. */
  file: string;
  card: ShareCard;
  /** The card's image, being drawn (or read from the cache) since the page asked for it, during a build. */
  image?: Promise<Buffer>;
}

export interface ShareCardStats {
  drawn: number;
  cached: number;
  milliseconds: number;
}

/** Shared through globalThis: the layout (in Astro's bundle) and the integration (astro.config.mjs) load this module apart. */
interface Store {
  requests: Map<string, Requested>;
  /** Set by `startShareCards` when a build begins: where drawn cards are kept. */
  cacheDir?: string;
  stats: ShareCardStats;
  /** Cards being drawn now, and those waiting for a turn. */
  running: number;
  waiting: (() => void)[];
}
const storeKey = Symbol.for('wuhan-report.share-cards');
function store(): Store {
  const global = globalThis as typeof globalThis & { [storeKey]?: Store };
  return (global[storeKey] ??= { requests: new Map(), stats: { drawn: 0, cached: 0, milliseconds: 0 }, running: 0, waiting: [] });
}

/**
 * Runs `task` when fewer than three cards are being drawn: Skia encodes off
 * the main thread, so a few at a time keep the second core busy while pages
 * render, without holding a canvas for every page at once.
 */
async function inTurn<T>(task: () => Promise<T>): Promise<T> {
  const state = store();
  if (state.running >= 3) await new Promise<void>((resolve) => state.waiting.push(resolve));
  state.running += 1;
  try {
    return await task();
  } finally {
    state.running -= 1;
    state.waiting.shift()?.();
  }
}

/**
 * A card's image: copied from `cacheDir` when its content was drawn before
 * (keyed by a hash of its content and the drawing version), drawn otherwise.
 */
function cardImage(card: ShareCard, cacheDir: string): Promise<Buffer> {
  return inTurn(async () => {
    const { stats } = store();
    const key = createHash('sha256').update(JSON.stringify({ drawingVersion, card })).digest('hex').slice(0, 32);
    const cached = join(cacheDir, `${key}.png`);
    try {
      const image = readFileSync(cached);
      stats.cached += 1;
      return image;
    } catch {
      const image = await drawShareCard(card);
      mkdirSync(cacheDir, { recursive: true });
      writeFileSync(cached, image);
      stats.drawn += 1;
      return image;
    }
  });
}

/** Called as a build starts (astro.config.mjs): from then on a card is drawn as soon as a page asks for it, while other pages render. */
export function startShareCards(cacheDir: string): void {
  store().cacheDir = cacheDir;
}

/** Called by the layout as a page renders: the card is drawn during the build and written when it ends. Returns the card's URL path. */
export function requestShareCard(lang: Lang, path: string, card: ShareCard): string {
  const url = shareCardPath(lang, path);
  const { requests, cacheDir } = store();
  const earlier = requests.get(url);
  if (earlier && JSON.stringify(earlier.card) !== JSON.stringify(card))
    throw new Error(`Two pages want different share cards at ${url}: "${earlier.card.title}" and "${card.title}"`);
  if (!earlier) requests.set(url, { file: url.slice(1), card, image: cacheDir ? cardImage(card, cacheDir) : undefined });
  return url;
}

/** Writes every requested card into `outDir`, drawing those not yet started (see `cardImage`); returns what was drawn and reused. */
export async function drawShareCards(outDir: string, cacheDir: string): Promise<ShareCardStats> {
  const started = performance.now();
  const state = store();
  const pending = [...state.requests.values()];
  state.requests.clear();
  state.cacheDir = undefined;
  await Promise.all(
    pending.map(async (request) => {
      const image = await (request.image ?? cardImage(request.card, cacheDir));
      const target = join(outDir, request.file);
      mkdirSync(dirname(target), { recursive: true });
      writeFileSync(target, image);
    }),
  );
  const stats = { ...state.stats, milliseconds: performance.now() - started };
  state.stats = { drawn: 0, cached: 0, milliseconds: 0 };
  return stats;
}
