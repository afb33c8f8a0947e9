// usage: node pdf.mjs path... → prints pages per PDF, writes /tmp/h20/pdf/<name>.pdf
import { chromium } from 'playwright-core';
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
mkdirSync('/tmp/h20/pdf', { recursive: true });
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
const page = await browser.newPage();
for (const path of process.argv.slice(2)) {
  await page.goto(`http://127.0.0.1:8720${path}`);
  const name = path.replace(/\//g, '_') || 'root';
  const file = `/tmp/h20/pdf/${name}.pdf`;
  await page.pdf({ path: file, format: 'A4', preferCSSPageSize: true, displayHeaderFooter: false });
  const pages = execFileSync('pdfinfo', [file]).toString().match(/Pages:\s+(\d+)/)[1];
  console.log(path, pages, file);
}
await browser.close();
