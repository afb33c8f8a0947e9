import { readFileSync, writeFileSync } from 'node:fs';
import { createCanvas, loadImage } from '@napi-rs/canvas';
const [src, dst, y, h] = process.argv.slice(2);
const image = await loadImage(readFileSync(src!));
const canvas = createCanvas(image.width, Number(h));
canvas.getContext('2d').drawImage(image, 0, -Number(y));
writeFileSync(dst!, await canvas.encode('png'));
console.log(image.width, image.height);
