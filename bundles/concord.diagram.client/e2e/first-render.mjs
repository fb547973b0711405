// Benchmark helper: how long until a map is drawn in headless Chromium.
// Usage: node e2e/first-render.mjs MAP_URL [RUNS]  -> prints {"firstRenderMs":[N,...],"nodes":N,"edges":N}
// The first run meets a cold server and browser; the later ones a warm server (what a second look costs).
import { chromium } from 'playwright-core';

const [url, runs = '1'] = process.argv.slice(2);
const browser = await chromium.launch({
    executablePath: process.env.CONCORD_CHROMIUM || '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
        '--disable-component-update', '--disable-sync']
});
try {
    const firstRenderMs = [];
    let counts;
    for (let run = 0; run < Number(runs); run++) {
        const page = await browser.newPage({ viewport: { width: 1600, height: 1000 } });
        const started = Date.now();
        await page.goto(url);
        await page.waitForFunction(() => window.concord?.loaded, null, { timeout: 120000 });
        firstRenderMs.push(Date.now() - started);
        counts = await page.evaluate(() => ({
            nodes: document.querySelectorAll('#concord-map svg.sprotty-graph .sprotty-node').length,
            edges: document.querySelectorAll('#concord-map g.sprotty-edge').length
        }));
        await page.close();
    }
    console.log(JSON.stringify({ firstRenderMs, ...counts }));
} finally {
    await browser.close();
}
