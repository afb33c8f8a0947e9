/**
 * Draws chart PNGs on a worker thread, so that rasterising (Skia) and the
 * garbage its large pixel buffers make stay off the thread that renders the
 * pages; sharp then compresses on its own threads. One worker: the build's
 * main thread keeps the other core.
 *
 * The worker's code is the function `work` below, passed as text (`eval`):
 * Astro bundles this module, so a worker file beside it would not exist at
 * run time. `work` may therefore use nothing from outside itself; the
 * modules it needs come as absolute paths.
 */
import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';
import type { PngOptions } from 'sharp';

/** What the worker needs to draw: the modules' and fonts' paths, and the font's name. */
export interface RasterSetup {
  canvas: string;
  sharp: string;
  fonts: string[];
  fontName: string;
}

interface Job {
  id: number;
  svg: string;
  scale: number;
  png: PngOptions;
}

/** Runs inside the worker: answers each job with its PNG, or an error. */
function work() {
  // Modules through process.getBuiltinModule and createRequire: a bundler rewrites a bare `require` into its own helper, which the worker lacks.
  const { parentPort, workerData } = process.getBuiltinModule('node:worker_threads');
  const setup = workerData as RasterSetup;
  const load = process.getBuiltinModule('node:module').createRequire(setup.canvas);
  const { createCanvas, GlobalFonts, Image } = load(setup.canvas) as typeof import('@napi-rs/canvas');
  const sharp = load(setup.sharp) as typeof import('sharp').default;
  for (const font of setup.fonts) if (!GlobalFonts.registerFromPath(font, setup.fontName)) throw new Error(`Could not load the chart font ${font}`);
  parentPort!.on('message', async ({ id, svg, scale, png: options }: Job) => {
    try {
      const image = new Image();
      image.src = Buffer.from(svg);
      // At most 100 million pixels (400 MB as RGBA, held twice while sharp reads them): a dashboard chart of
      // thousands of metrics is drawn smaller instead of taking gigabytes, or failing sharp's own limit. The SVG keeps every row.
      const maxPixels = 100_000_000;
      const fitted = Math.min(scale, Math.sqrt(maxPixels / (image.width * image.height)));
      const canvas = createCanvas(Math.round(image.width * fitted), Math.round(image.height * fitted));
      const context = canvas.getContext('2d');
      context.fillStyle = '#ffffff';
      context.fillRect(0, 0, canvas.width, canvas.height);
      context.drawImage(image, 0, 0, canvas.width, canvas.height);
      // The pixels go to sharp as they are, not encoded as a PNG first: one compression instead of two.
      const pixels = sharp(canvas.data(), { raw: { width: canvas.width, height: canvas.height, channels: 4 } });
      const png = await pixels.removeAlpha().png(options).toBuffer();
      // Copied, not transferred: sharp's buffers may live outside the JavaScript heap.
      parentPort!.postMessage({ id, png });
    } catch (error) {
      parentPort!.postMessage({ id, error: String((error as Error).stack ?? error) });
    }
  });
}

const resolveModule = createRequire(import.meta.url);
let worker: Worker | undefined;
let nextId = 0;
const waiting = new Map<number, { resolve: (png: Buffer) => void; reject: (error: Error) => void }>();

/** The worker, started on first use; it keeps the process alive only while it has work. */
function rasterWorker(setup: Omit<RasterSetup, 'canvas' | 'sharp'>): Worker {
  if (worker) return worker;
  const workerData: RasterSetup = { ...setup, canvas: resolveModule.resolve('@napi-rs/canvas'), sharp: resolveModule.resolve('sharp') };
  const started = new Worker(`(${work.toString()})()`, { eval: true, workerData });
  started.on('message', ({ id, png, error }: { id: number; png?: Uint8Array; error?: string }) => {
    const job = waiting.get(id);
    waiting.delete(id);
    if (!waiting.size) started.unref();
    if (error || !png) job?.reject(new Error(`Drawing a chart PNG failed: ${error}`));
    else job?.resolve(Buffer.from(png.buffer, png.byteOffset, png.byteLength));
  });
  started.on('error', (error) => {
    for (const job of waiting.values()) job.reject(error);
    waiting.clear();
    worker = undefined;
  });
  worker = started;
  return started;
}

/** An SVG as an opaque PNG at `scale` times its size, drawn on the worker. */
export function rasterOnWorker(setup: Omit<RasterSetup, 'canvas' | 'sharp'>, svg: string, scale: number, png: PngOptions): Promise<Buffer> {
  const thread = rasterWorker(setup);
  const id = (nextId += 1);
  return new Promise((resolve, reject) => {
    waiting.set(id, { resolve, reject });
    thread.ref();
    thread.postMessage({ id, svg, scale, png } satisfies Job);
  });
}
