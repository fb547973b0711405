// Runs axe-core on each HTML file named on the command line in Debian's Chromium (playwright-core, no
// browser download) and prints one JSON line per file: its violations with impact, rule id and targets.
// Module resolution starts from the map client's folder (CONCORD_CLIENT), whose npm install brings both.
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import path from 'node:path';

const require = createRequire(path.resolve(process.env.CONCORD_CLIENT, 'package.json'));
const { chromium } = require('playwright-core');
const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

const browser = await chromium.launch({ executablePath: process.env.CONCORD_CHROMIUM, args: ['--no-sandbox'] });
try {
  for (const file of process.argv.slice(2)) {
    const page = await browser.newPage();
    const outside = [];
    page.on('request', request => {
      if (!request.url().startsWith('file:') && !request.url().startsWith('data:')) outside.push(request.url());
    });
    await page.goto(pathToFileURL(file).href, { waitUntil: 'load' });
    await page.addScriptTag({ content: axeSource });
    const result = await page.evaluate(async () => await window.axe.run(document, { resultTypes: ['violations'] }));
    const violations = result.violations.map(v => ({ id: v.id, impact: v.impact, help: v.help,
      targets: v.nodes.slice(0, 5).map(n => n.target.join(' ')) }));
    console.log(JSON.stringify({ file, violations, outside }));
    await page.close();
  }
} finally {
  await browser.close();
}
