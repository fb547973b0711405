// Is each map readable when it first opens, as a consultant sees it at 1600x1000 in Debian's Chromium?
// Usage: node e2e/readable.e2e.mjs OUT_DIR MAP_URL...
// For every map: the on-screen size of every label (median and smallest), labels that overlap, nodes that
// overlap, the legend, the tooltip of a marker, nodes under the palette, people outside any organisation;
// then, on the first map, a layer switched off: the map is laid out and fitted again, and the choice is
// still there after a reload. Prints one JSON line per map; exits non-zero on the first failed expectation.
import { chromium } from 'playwright-core';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const [out, ...urls] = process.argv.slice(2);
const profile = mkdtempSync(join(tmpdir(), 'concord-chromium-'));

function expect(condition, what) {
    if (!condition) {
        throw new Error('expected: ' + what);
    }
}

/** What a person sees of the map, measured in the page (screen pixels). */
function measure() {
    const svg = document.querySelector('#concord-map svg.sprotty-graph');
    const intersects = (a, b, slack = 1) => a.left + slack < b.right && b.left + slack < a.right && a.top + slack < b.bottom && b.top + slack < a.bottom;
    const rect = element => element.getBoundingClientRect();
    // what is shown: a line's label crowded out of its place is its line's tooltip instead (label-declutter.ts)
    const labels = [...svg.querySelectorAll('text.sprotty-label')].filter(t => t.textContent.trim() !== '' && getComputedStyle(t).visibility !== 'hidden');
    const sizes = labels.map(t => parseFloat(getComputedStyle(t).fontSize) * t.getScreenCTM().a).sort((a, b) => a - b);
    const overlappingLabels = [];
    const boxes = labels.map(rect);
    for (let i = 0; i < labels.length; i++) {
        for (let j = i + 1; j < labels.length; j++) {
            if (intersects(boxes[i], boxes[j])) {
                overlappingLabels.push(labels[i].textContent + ' / ' + labels[j].textContent);
            }
        }
    }
    // nodes that are not inside one another must not overlap
    const nodes = [...svg.querySelectorAll('.sprotty-node')].map(shape => shape.parentElement);
    const shapes = nodes.map(node => rect(node.querySelector(':scope > .sprotty-node')));
    const overlappingNodes = [];
    for (let i = 0; i < nodes.length; i++) {
        for (let j = i + 1; j < nodes.length; j++) {
            if (!nodes[i].contains(nodes[j]) && !nodes[j].contains(nodes[i]) && intersects(shapes[i], shapes[j])) {
                overlappingNodes.push(nodes[i].id + ' / ' + nodes[j].id);
            }
        }
    }
    const palette = document.querySelector('#concord-map .tool-palette');
    const paletteBox = palette && getComputedStyle(palette).display !== 'none' ? rect(palette) : undefined;
    const underPalette = paletteBox && paletteBox.width > 0 ? nodes.filter((node, i) => intersects(shapes[i], paletteBox)).map(n => n.id) : [];
    const graph = window.concord.graph();
    const organisationOf = id => {
        for (let e = graph[id]; e; e = graph[e.parent]) {
            if (e.type === 'node:organisation' && e.id !== id) return e.id;
        }
        return undefined;
    };
    const loosePeople = Object.values(graph)
        .filter(e => e.type === 'node:person' && !organisationOf(e.id) && !e.cssClasses.includes('no-employer'))
        .filter(person => !Object.values(graph).some(edge => (edge.source === person.id && organisationOf(edge.target) !== undefined)
            || (edge.target === person.id && organisationOf(edge.source) !== undefined)
            || (edge.source === person.id && graph[edge.target]?.type === 'node:organisation')
            || (edge.target === person.id && graph[edge.source]?.type === 'node:organisation')))
        .map(p => p.id);
    const legend = document.querySelector('#concord-legend');
    return {
        labels: sizes.length,
        medianLabelPx: Math.round(sizes[Math.floor(sizes.length / 2)] * 10) / 10,
        smallestLabelPx: Math.round(sizes[0] * 10) / 10,
        overlappingLabels,
        overlappingNodes,
        underPalette,
        loosePeople,
        nestedPeople: Object.values(graph).filter(e => e.type === 'node:person' && organisationOf(e.id)).length,
        legendEntries: legend && getComputedStyle(legend).display !== 'none' ? legend.querySelectorAll('.concord-legend > g').length : 0,
        nodes: nodes.length
    };
}

const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CONCORD_CHROMIUM || '/usr/bin/chromium',
    headless: true,
    viewport: { width: 1600, height: 1000 },
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
        '--disable-component-update', '--disable-sync']
});
let failed = false;
try {
    const page = context.pages()[0] ?? (await context.newPage());
    const problems = [];
    page.on('pageerror', error => problems.push(error.message));
    page.on('console', message => message.type() === 'error' && problems.push(message.text()));
    for (const [n, url] of urls.entries()) {
        const result = { map: new URL(url).searchParams.get('spec') };
        try {
            await page.goto(url);
            await page.waitForFunction(() => window.concord?.loaded, null, { timeout: 60000 });
            await page.locator('#concord-map .sprotty-issue').first().waitFor({ timeout: 20000 }).catch(() => undefined);
            Object.assign(result, await page.evaluate(measure));
            if (n === 0) {
                await page.screenshot({ path: join(out, 'readable.png') });
            }
            expect(result.medianLabelPx >= 11, `median label size >= 11 px, was ${result.medianLabelPx}`);
            expect(result.smallestLabelPx >= 11, `no label under 11 px, the smallest was ${result.smallestLabelPx}`);
            expect(result.overlappingLabels.length === 0, 'no overlapping labels: ' + result.overlappingLabels.join('; '));
            expect(result.overlappingNodes.length === 0, 'no overlapping nodes: ' + result.overlappingNodes.join('; '));
            expect(result.underPalette.length === 0, 'no node under the palette: ' + result.underPalette.join(', '));
            expect(result.loosePeople.length === 0, 'every person inside or joined to an organisation: ' + result.loosePeople.join(', '));
            expect(result.legendEntries >= 10, 'a legend on the canvas, found ' + result.legendEntries + ' entries');

            // the tooltip of a marker shows its finding as text
            const marker = page.locator('#concord-map .sprotty-issue').first();
            if (await marker.count()) {
                await marker.hover();
                const popup = page.locator('.sprotty-popup');
                await popup.waitFor({ timeout: 10000 });
                result.tooltip = (await popup.innerText()).trim();
                expect(!/This page contains the following errors|error on line/i.test(result.tooltip), 'a tooltip without a parser error: ' + result.tooltip);
                expect(/[A-Z]{2,}-\d+/.test(result.tooltip), 'the tooltip names its rule: ' + result.tooltip);
                await page.mouse.move(5, 995);
            }
            if (n === 0) {
                Object.assign(result, await layers(page));
            }
            expect(problems.length === 0, 'no errors in the console: ' + problems.join('; '));
        } catch (error) {
            result.failure = String(error.message || error);
            failed = true;
            await page.screenshot({ path: join(out, `failure-${n}.png`) }).catch(() => undefined);
        }
        problems.length = 0;
        console.log(JSON.stringify(result));
    }
} finally {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
}
process.exitCode = failed ? 1 : 0;

/** Switches the tensions off: the map is drawn again without them, fitted anew, and stays so after a reload. */
async function layers(page) {
    const extent = () => page.evaluate(() => {
        const box = document.querySelector('#concord-map svg.sprotty-graph > g').getBBox();
        return { width: Math.round(box.width), height: Math.round(box.height), tensions: document.querySelectorAll('#concord-map g.node-tension').length,
            memberships: document.querySelectorAll('#concord-map g.edge-membership').length };
    });
    const before = await extent();
    await page.locator('#concord-layers input[data-layer="tensions"]').uncheck();
    await page.waitForFunction(() => window.concord.layersApplied === true, null, { timeout: 30000 });
    const after = await extent();
    expect(before.tensions > 0 && after.tensions === 0, `the tensions are gone (${before.tensions} -> ${after.tensions})`);
    expect(after.memberships === before.memberships && after.memberships > 0, `the other layers stay (${before.memberships} -> ${after.memberships} memberships)`);
    expect(after.width * after.height < before.width * before.height, `the map was laid out again without the gaps: ${JSON.stringify(before)} -> ${JSON.stringify(after)}`);
    const fitted = await page.evaluate(() => window.concord.zoom());
    await page.reload();
    await page.waitForFunction(() => window.concord?.loaded, null, { timeout: 60000 });
    const kept = await page.evaluate(() => ({
        checked: document.querySelector('#concord-layers input[data-layer="tensions"]').checked,
        tensions: document.querySelectorAll('#concord-map g.node-tension').length
    }));
    expect(!kept.checked && kept.tensions === 0, 'the layer stays off after a reload: ' + JSON.stringify(kept));
    await page.locator('#concord-layers input[data-layer="tensions"]').check();
    await page.waitForFunction(() => window.concord.layersApplied === true, null, { timeout: 30000 });
    return { layerArea: [before.width * before.height, after.width * after.height], zoomAfterLayer: fitted };
}
