// The map in a small window (the size the workbench gives it beside the text), in Debian's Chromium:
// it opens at a readable zoom centred on its partnership, with the overview (minimap) shown; a click on
// the overview brings the part of the map clicked into view; the bar's button hides and shows it; exports
// leave it out; a larger window is fitted again and stays readable.
// Usage: node e2e/overview.e2e.mjs MAP_URL OUT_DIR. Prints one JSON line; exits non-zero on a failed expectation.
import { chromium } from 'playwright-core';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const [url, out] = process.argv.slice(2);
const profile = mkdtempSync(join(tmpdir(), 'concord-chromium-'));
const results = {};

function expect(condition, what) {
    if (!condition) {
        throw new Error('expected: ' + what);
    }
}

/** What a person sees: the smallest label on screen, whether the partnership card is in the window, the overview. */
function seen() {
    const svg = document.querySelector('#concord-map svg.sprotty-graph');
    const canvas = svg.getBoundingClientRect();
    const inside = r => r.left >= canvas.left - 1 && r.right <= canvas.right + 1 && r.top >= canvas.top - 1 && r.bottom <= canvas.bottom + 1;
    const labels = [...svg.querySelectorAll('text.sprotty-label')].filter(t => t.textContent.trim() && getComputedStyle(t).visibility !== 'hidden');
    const sizes = labels.map(t => parseFloat(getComputedStyle(t).fontSize) * t.getScreenCTM().a);
    const partnership = svg.querySelector('g.node-partnership');
    const overview = document.getElementById('concord-overview');
    const box = overview?.getBoundingClientRect();
    return {
        smallestLabelPx: Math.round(Math.min(...sizes) * 10) / 10,
        partnershipInView: !!partnership && inside(partnership.getBoundingClientRect()),
        overviewShown: !!overview && getComputedStyle(overview).display !== 'none' && box.width > 100 && box.height > 50,
        overviewShapes: overview ? overview.querySelectorAll('.sprotty-node').length : 0,
        // sprotty leaves nodes outside the window out of the page: the model says how many there are
        mapShapes: Object.values(window.concord.graph()).filter(e => e.bounds).length,
        view: window.concord.view()
    };
}

const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CONCORD_CHROMIUM || '/usr/bin/chromium',
    headless: true,
    viewport: { width: 760, height: 560 },
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
        '--disable-component-update', '--disable-sync']
});
try {
    const page = context.pages()[0] ?? (await context.newPage());
    const errors = [];
    page.on('pageerror', error => errors.push(error.message));
    await page.goto(url);
    await page.waitForFunction(() => window.concord?.loaded, null, { timeout: 60000 });
    await page.waitForFunction(() => document.querySelectorAll('#concord-overview .sprotty-node').length > 0, null, { timeout: 20000 });
    results.small = await page.evaluate(seen);
    await page.screenshot({ path: join(out, 'overview-small.png') });
    expect(results.small.smallestLabelPx >= 11, 'labels of at least 11 px in a small window, the smallest was ' + results.small.smallestLabelPx);
    expect(results.small.partnershipInView, 'the partnership card in view when the map opens');
    expect(results.small.overviewShown, 'the overview shown for a map larger than the window');
    expect(results.small.overviewShapes === results.small.mapShapes, `the overview draws every node (${results.small.overviewShapes} of ${results.small.mapShapes})`);
    expect(await page.locator('#concord-layers-menu > summary').isVisible(), 'a narrow bar folds the layers into a menu');
    expect(!(await page.locator('#concord-layers input').first().isVisible()), 'the folded layers are hidden until asked for');

    // A node out of the window: a click on it in the overview brings it into view.
    const target = await page.evaluate(() => {
        const view = window.concord.view();
        const graph = window.concord.graph();
        const outside = Object.values(graph).filter(e => e.bounds && !graph[graph[e.parent]?.parent]).find(e => {
            const b = e.bounds;
            return b.x + b.width < view.x || b.x > view.x + view.width || b.y + b.height < view.y || b.y > view.y + view.height;
        });
        if (!outside) {
            return undefined;
        }
        const overview = document.querySelector('#concord-overview svg');
        const centre = new DOMPoint(outside.bounds.x + outside.bounds.width / 2, outside.bounds.y + outside.bounds.height / 2)
            .matrixTransform(overview.getScreenCTM());
        return { id: outside.id, x: centre.x, y: centre.y };
    });
    expect(target, 'a node outside the small window');
    results.clicked = target.id;
    await page.mouse.click(target.x, target.y);
    await page.waitForFunction(id => {
        const svg = document.querySelector('#concord-map svg.sprotty-graph');
        const canvas = svg.getBoundingClientRect();
        const drawn = [...svg.querySelectorAll('g[id]')].find(g => g.id.endsWith('_' + id));
        if (!drawn) {
            return false;
        }
        const r = drawn.getBoundingClientRect();
        return r.left < canvas.right && r.right > canvas.left && r.top < canvas.bottom && r.bottom > canvas.top;
    }, target.id, { timeout: 10000 });
    results.moved = await page.evaluate(seen);
    expect(results.moved.view.x !== results.small.view.x || results.moved.view.y !== results.small.view.y, 'the click moved the view');
    expect(results.moved.view.zoom === results.small.view.zoom, 'and kept its zoom');

    // The bar's button hides the overview and shows it again.
    await page.click('#concord-overview-toggle');
    expect(!(await page.evaluate(seen)).overviewShown, 'the overview hidden from the bar');
    await page.click('#concord-overview-toggle');
    expect((await page.evaluate(seen)).overviewShown, 'and shown again');

    // Exports leave it out.
    await page.evaluate(() => { window.concord.exportToHost = true; window.concord.exportSvg(); });
    await page.waitForFunction(() => window.concord.lastExport, null, { timeout: 20000 });
    results.exportHasOverview = await page.evaluate(() => window.concord.lastExport.includes('concord-overview'));
    expect(!results.exportHasOverview, 'the export without the overview');

    // A larger window: fitted again (the view was not moved since this reload), still readable.
    await page.reload();
    await page.waitForFunction(() => window.concord?.loaded, null, { timeout: 60000 });
    const before = await page.evaluate(() => window.concord.view());
    await page.setViewportSize({ width: 1400, height: 900 });
    await page.waitForFunction(old => {
        const now = window.concord.view();
        return now.zoom !== old.zoom || now.x !== old.x || now.y !== old.y;
    }, before, { timeout: 10000 });
    results.large = await page.evaluate(seen);
    await page.screenshot({ path: join(out, 'overview-large.png') });
    expect(results.large.smallestLabelPx >= 11, 'still readable in a larger window, the smallest label was ' + results.large.smallestLabelPx);
    expect(results.large.partnershipInView, 'the partnership card in view after the resize');
    expect(errors.length === 0, 'no script errors: ' + errors.join('; '));
    console.log(JSON.stringify(results));
} catch (error) {
    console.log(JSON.stringify(results));
    await context.pages()[0]?.screenshot({ path: join(out, 'failure.png') }).catch(() => undefined);
    console.error(String(error.stack || error));
    process.exitCode = 1;
} finally {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
}
