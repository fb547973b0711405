// Pictures of a report for docs/report.md: the report laid out as print lays it out (A4 width, print
// style sheet), one PNG per page-starting part (the cover and each section). Usage:
//   CONCORD_CLIENT=... CONCORD_CHROMIUM=/usr/bin/chromium node pages.mjs report.html out-folder
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import path from 'node:path';

const require = createRequire(path.resolve(process.env.CONCORD_CLIENT, 'package.json'));
const { chromium } = require('playwright-core');
const [file, out] = process.argv.slice(2);
const browser = await chromium.launch({ executablePath: process.env.CONCORD_CHROMIUM, args: ['--no-sandbox'] });
try {
  // A4 less the page margins (178 mm) at 96 px per inch
  const page = await browser.newPage({ viewport: { width: 673, height: 950 }, deviceScaleFactor: 1.5 });
  await page.emulateMedia({ media: 'print' });
  await page.goto(pathToFileURL(path.resolve(file)).href, { waitUntil: 'load' });
  const parts = await page.$$('header.cover, section.part');
  for (const [i, part] of parts.entries()) {
    const id = (await part.getAttribute('id')) ?? 'cover';
    const name = path.join(out, `${String(i).padStart(2, '0')}-${id}.png`);
    await part.screenshot({ path: name });
    console.log(name);
  }
} finally {
  await browser.close();
}
