// End-to-end check of the partnership map in Debian's Chromium, driven by playwright-core.
// Usage: node e2e/map.e2e.mjs MAP_URL OUT_DIR
// Run by concord.diagram.tests (MapInBrowserTest), which starts the real server on a copy of a template
// and afterwards checks the spec on disk. Prints one JSON line of results; exits non-zero on the first
// failed expectation, saying which.
import { chromium } from 'playwright-core';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const [url, out] = process.argv.slice(2);
const chromiumPath = process.env.CONCORD_CHROMIUM || '/usr/bin/chromium';
const results = {};
const profile = mkdtempSync(join(tmpdir(), 'concord-chromium-'));

function expect(condition, what) {
    if (!condition) {
        throw new Error('expected: ' + what);
    }
}

const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath,
    headless: true,
    acceptDownloads: true,
    viewport: { width: 1600, height: 1000 },
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
        '--disable-component-update', '--disable-sync']
});
try {
    const page = context.pages()[0] ?? (await context.newPage());
    const errors = [];
    page.on('pageerror', error => errors.push(error.message));

    // Open the template: its nodes are drawn.
    const started = Date.now();
    await page.goto(url);
    await page.waitForFunction(() => window.concord?.loaded, null, { timeout: 30000 });
    const map = page.locator('#concord-map');
    await map.locator('g.node-organisation').first().waitFor();
    results.firstRenderMs = Date.now() - started;
    results.organisations = await map.locator('g.node-organisation').count();
    results.people = await map.locator('g.node-person').count();
    expect(results.organisations >= 2, 'organisations on the map, found ' + results.organisations);
    const organisations = results.organisations;

    // A marker for the known driver mismatch (DF-03) is on the map.
    await map.locator('.sprotty-issue').first().waitFor();
    results.markers = await map.locator('.sprotty-issue').count();

    const node = name => map.locator('g.node', { has: page.locator('text.label-name', { hasText: name }) }).first();
    const tool = label => page.locator('.tool-palette .tool-button', { hasText: label }).first();
    const canvas = map.locator('svg.sprotty-graph');
    const box = await canvas.boundingBox();

    // The palette starts closed (it hides nothing); the bar's button opens it.
    expect(!(await page.locator('.tool-palette .tool-button').first().isVisible()), 'the palette is closed at first');
    await page.click('#concord-palette');

    // Create an organisation from the palette, in the empty bottom-left corner of the canvas (where the
    // overview stands, for a map larger than the window: it is put away from the bar first).
    if (await page.locator('#concord-overview').isVisible()) {
        await page.click('#concord-overview-toggle');
    }
    await tool('Organisation').click();
    await page.mouse.click(box.x + 40, box.y + box.height - 60);
    // counted in the map's model: sprotty leaves what is outside the window out of the page
    const inModel = type => page.evaluate(t => Object.values(window.concord.graph()).filter(e => e.type === t).length, type);
    await page.waitForFunction(n => Object.values(window.concord.graph()).filter(e => e.type === 'node:organisation').length === n + 1,
        await inModel('node:organisation'));
    await node('New organisation').waitFor();

    // Join it to the partnership with a membership from the palette.
    const memberships = await inModel('edge:membership');
    await tool('Membership').click();
    await node('Victim support hub').click();
    await node('New organisation').click();
    await page.waitForFunction(n => Object.values(window.concord.graph()).filter(e => e.type === 'edge:membership').length === n + 1, memberships);

    // Rename it by direct edit.
    await page.keyboard.press('Escape');
    await node('New organisation').locator('text.label-name').dblclick();
    const input = page.locator('.label-edit input, input.edit-label').first();
    await input.waitFor();
    await input.fill('Youth offending team');
    await input.press('Enter');
    await node('Youth offending team').waitFor();

    // Delete an organisation (brought into view first, as a person scrolls to it), then undo the deletion.
    await page.evaluate(() => window.concord.dispatcher.dispatch({ kind: 'center', elementIds: ['actor:Benefits advice'], animate: false, retainZoom: true }));
    await node('Benefits advice').click();
    await page.keyboard.press('Delete');
    await page.waitForFunction(() => ![...document.querySelectorAll('#concord-map text.label-name')].some(t => t.textContent === 'Benefits advice'));
    await canvas.click({ position: { x: 40, y: box.height - 200 } });
    await page.keyboard.press('Control+z');
    await node('Benefits advice').waitFor();

    // Save: the server writes the spec and the layout sidecar.
    await page.keyboard.press('Control+s');
    await page.waitForFunction(() => window.concord.dirty === false);

    // Export SVG and PNG through the browser.
    const [svg] = await Promise.all([page.waitForEvent('download'), page.click('#concord-export-svg')]);
    await svg.saveAs(join(out, 'map.svg'));
    const [png] = await Promise.all([page.waitForEvent('download'), page.click('#concord-export-png')]);
    await png.saveAs(join(out, 'map.png'));
    results.svgName = svg.suggestedFilename();

    // A connection without the token is refused, by the page's own origin too.
    results.socketWithoutToken = await page.evaluate(() => new Promise(resolve => {
        const socket = new WebSocket(`ws://${location.host}/glsp`);
        socket.onopen = () => resolve('open');
        socket.onerror = () => resolve('refused');
    }));
    expect(results.socketWithoutToken === 'refused', 'a websocket without the token is refused');
    results.pageWithoutToken = (await fetch(new URL('/', url))).status;
    expect(results.pageWithoutToken === 403, 'the page without the token answers 403, got ' + results.pageWithoutToken);

    await page.screenshot({ path: join(out, 'screenshot.png') });
    expect(errors.length === 0, 'no script errors in the page: ' + errors.join('; '));
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
