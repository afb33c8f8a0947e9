/**
 * Draws chart PNGs on a worker thread, so that rasterising (Skia) and the
 * garbage its large pixel buffers make stay off the thread that renders the
 * pages; sharp then compresses on its own threads. One worker per module
 * instance: the build's main thread keeps the other core.
 *
 * The worker's code is a file of its own, raster-worker-thread.mjs. Astro
 * bundles this module into the pages, where `import.meta.url` no longer
 * points at src/, so in the bundle the file's path comes from the build
 * context (src/integrations/build-context.ts defines
 * `import.meta.env.RASTER_WORKER_FILE`); the configuration's own instance,
 * the dev server and the tests load this module from src/ and find the file
 * beside it.
 */
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { PngOptions } from 'sharp';

/** What the worker needs to draw: the modules' and fonts' paths, and the font's name. */
export interface RasterSetup {
  canvas: string;
  sharp: string;
  fonts: string[];
  fontName: string;
}

/** One drawing asked of the worker. */
export interface RasterJob {
  id: number;
  svg: string;
  scale: number;
  png: PngOptions;
}

/** The worker's file name, beside this module in src/ (a variable, so that no bundler treats it as an asset of the pages). */
const workerName = './raster-worker-thread.mjs';

/** The worker file's path: from the build context in Astro's bundle, beside this module otherwise. */
export function rasterWorkerFile(): string {
  const file = import.meta.env?.RASTER_WORKER_FILE ?? fileURLToPath(new URL(workerName, import.meta.url));
  if (!existsSync(file))
    throw new Error(`The PNG worker ${file} is missing: is src/integrations/build-context.ts among the integrations?`);
  return file;
}

const resolveModule = createRequire(import.meta.url);
let worker: Worker | undefined;
let nextId = 0;
const waiting = new Map<number, { resolve: (png: Buffer) => void; reject: (error: Error) => void }>();

/** The worker, started on first use; it keeps the process alive only while it has work. */
function rasterWorker(setup: Omit<RasterSetup, 'canvas' | 'sharp'>): Worker {
  if (worker) return worker;
  const workerData: RasterSetup = {
    ...setup,
    canvas: resolveModule.resolve('@napi-rs/canvas'),
    sharp: resolveModule.resolve('sharp'),
  };
  const started = new Worker(rasterWorkerFile(), { workerData });
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
export function rasterOnWorker(
  setup: Omit<RasterSetup, 'canvas' | 'sharp'>,
  svg: string,
  scale: number,
  png: PngOptions,
): Promise<Buffer> {
  const thread = rasterWorker(setup);
  const id = (nextId += 1);
  return new Promise((resolve, reject) => {
    waiting.set(id, { resolve, reject });
    thread.ref();
    thread.postMessage({ id, svg, scale, png } satisfies RasterJob);
  });
}
