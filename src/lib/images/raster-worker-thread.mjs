// @ts-check
/**
 * The PNG worker's thread (started by raster-worker.ts): answers each job, an
 * SVG with a scale and sharp's PNG options, with the PNG drawn by Skia in the
 * chart font on white and encoded by sharp, or with an error. Plain
 * JavaScript, so Node runs it as it is; the packages it needs and the fonts
 * come as absolute paths in `workerData` (raster-worker.ts `RasterSetup`).
 */
import { createRequire } from 'node:module';
import { parentPort, workerData } from 'node:worker_threads';

/** @type {import('./raster-worker').RasterSetup} */
const setup = workerData;
const load = createRequire(setup.canvas);
/** @type {typeof import('@napi-rs/canvas')} */
const { createCanvas, GlobalFonts, Image } = load(setup.canvas);
/** @type {typeof import('sharp').default} */
const sharp = load(setup.sharp);
for (const font of setup.fonts)
  if (!GlobalFonts.registerFromPath(font, setup.fontName)) throw new Error(`Could not load the chart font ${font}`);

const port = /** @type {import('node:worker_threads').MessagePort} */ (parentPort);
port.on('message', async (/** @type {import('./raster-worker').RasterJob} */ { id, svg, scale, png: options }) => {
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
    port.postMessage({ id, png });
  } catch (error) {
    port.postMessage({ id, error: String((error instanceof Error && error.stack) || error) });
  }
});
