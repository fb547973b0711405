import { legendSvg } from './map-style';

/** The page sizes an export is drawn for, in CSS pixels (96 per inch): A4 landscape and a 16:9 slide. */
export const PAGE_SIZES = {
    a4: { width: 1123, height: 794, label: 'A4 landscape' },
    '16x9': { width: 1920, height: 1080, label: '16:9 slide' }
} as const;

export type PageSize = keyof typeof PAGE_SIZES;

const SVG_NS = 'http://www.w3.org/2000/svg';
const MARGIN = 32;

/**
 * A page for a meeting: the map (as the map's own SVG export drew it) scaled to fit, under a title and
 * the date, with the legend below it; the same page is saved as SVG, drawn into a PNG, or printed to PDF.
 */
export function composePage(mapSvg: string, title: string, size: PageSize, date = new Date()): string {
    const page = PAGE_SIZES[size];
    const map = new DOMParser().parseFromString(mapSvg, 'image/svg+xml').documentElement;
    // a line's label that the map shows only as a tooltip (label-declutter.ts) is left out of the page too
    map.querySelectorAll('.label-crowded').forEach(label => label.remove());
    const mapWidth = parseFloat(map.getAttribute('width') ?? '') || 1200;
    const mapHeight = parseFloat(map.getAttribute('height') ?? '') || 800;

    const root = document.createElementNS(SVG_NS, 'svg');
    root.setAttribute('xmlns', SVG_NS);
    root.setAttribute('width', String(page.width));
    root.setAttribute('height', String(page.height));
    root.setAttribute('viewBox', `0 0 ${page.width} ${page.height}`);
    const background = document.createElementNS(SVG_NS, 'rect');
    background.setAttribute('width', '100%');
    background.setAttribute('height', '100%');
    background.setAttribute('fill', '#ffffff');
    root.appendChild(background);

    root.appendChild(text(MARGIN, MARGIN + 16, title, 'font-size: 22px; font-weight: 600; fill: #222'));
    const when = date.toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric' });
    root.appendChild(text(MARGIN, MARGIN + 38, `Partnership map · ${when} · Concord`, 'font-size: 13px; fill: #555'));

    const legend = legendSvg(page.width - 2 * MARGIN);
    const legendTop = page.height - MARGIN - legend.height;
    legend.group.setAttribute('transform', `translate(${MARGIN} ${legendTop})`);
    root.appendChild(legend.group);

    // the map keeps its proportions in the room left between the title and the legend
    const top = MARGIN + 56;
    const room = { width: page.width - 2 * MARGIN, height: legendTop - 16 - top };
    map.setAttribute('x', String(MARGIN));
    map.setAttribute('y', String(top));
    map.setAttribute('width', String(room.width));
    map.setAttribute('height', String(room.height));
    map.setAttribute('viewBox', map.getAttribute('viewBox') ?? `0 0 ${mapWidth} ${mapHeight}`);
    map.setAttribute('preserveAspectRatio', 'xMidYMid meet');
    // the export copies the canvas's on-screen size into its style, which would win over the room given here
    map.setAttribute('style', 'font-family: system-ui, sans-serif');
    root.appendChild(document.importNode(map, true));
    return new XMLSerializer().serializeToString(root);
}

function text(x: number, y: number, content: string, style: string): SVGTextElement {
    const element = document.createElementNS(SVG_NS, 'text');
    element.setAttribute('x', String(x));
    element.setAttribute('y', String(y));
    element.setAttribute('style', `font-family: system-ui, sans-serif; ${style}`);
    element.textContent = content;
    return element;
}
