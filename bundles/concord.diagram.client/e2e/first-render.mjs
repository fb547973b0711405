// Benchmark helper: how long until a map is drawn in headless Chromium.
// Usage: node e2e/first-render.mjs MAP_URL  -> prints {"firstRenderMs":N,"nodes":N,"edges":N}
import { chromium } from 'playwright-core';

const [url] = process.argv.slice(2);
const browser = await chromium.launch({
    executablePath: process.env.CONCORD_CHROMIUM || '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
        '--disable-component-update', '--disable-sync']
});
try {
    const page = await browser.newPage({ viewport: { width: 1600, height: 1000 } });
    const started = Date.now();
    await page.goto(url);
    await page.waitForFunction(() => window.concord?.loaded, null, { timeout: 120000 });
    const firstRenderMs = Date.now() - started;
    const counts = await page.evaluate(() => ({
        nodes: document.querySelectorAll('#concord-map g.node').length,
        edges: document.querySelectorAll('#concord-map g.sprotty-edge, #concord-map path.sprotty-edge').length
    }));
    console.log(JSON.stringify({ firstRenderMs, ...counts }));
} finally {
    await browser.close();
}
