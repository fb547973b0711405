/**
 * The one style table of the partnership map: the colours of the sectors, the lines of each relation,
 * the badges and the markers. The map's stylesheet rules for them and the legend (on the canvas and in
 * every export) are both generated from it, so the legend cannot say something the map does not draw.
 */

export interface FillStyle {
    /** The CSS class on the node (sector-statutory-public, node-person, ...). */
    cssClass: string;
    label: string;
    fill: string;
    stroke?: string;
    dash?: string;
    /** People are drawn with rounded ends, tensions as diamonds. */
    shape?: 'rounded' | 'diamond';
}

export interface LineStyle {
    /** The CSS class on the edge (edge-membership, edge-accountability.vertical, ...). */
    cssClass: string;
    label: string;
    stroke: string;
    width: number;
    dash?: string;
    arrow?: boolean;
}

export const SECTORS: FillStyle[] = [
    { cssClass: 'sector-statutory-public', label: 'Statutory / public', fill: '#cfe0f2' },
    { cssClass: 'sector-voluntary-third-sector', label: 'Voluntary / third sector', fill: '#d4ebc9' },
    { cssClass: 'sector-private', label: 'Private / business', fill: '#fbe0bf' },
    { cssClass: 'sector-community-citizen', label: 'Communities and citizens', fill: '#e6d6f0' },
    { cssClass: 'sector-elected-office', label: 'Elected office', fill: '#f6cccc' },
    { cssClass: 'node-organisation', label: 'Organisation, sector not given', fill: '#e6e6e6' }
];

export const OTHER_NODES: FillStyle[] = [
    { cssClass: 'node-partnership', label: 'Partnership card', fill: '#ffffff', stroke: '#333333' },
    { cssClass: 'node-person', label: 'Person, inside their employer', fill: '#fbeec2', shape: 'rounded' },
    { cssClass: 'node-group', label: 'Group of people', fill: '#f1dbe9', dash: '4 2' },
    { cssClass: 'node-tension', label: 'Tension', fill: '#ffd8cc', stroke: '#b3402a', shape: 'diamond' }
];

export const LINES: LineStyle[] = [
    { cssClass: 'edge-membership', label: 'Member of the partnership', stroke: '#555555', width: 1.4 },
    { cssClass: 'edge-role', label: 'Plays a collaboration role', stroke: '#7a3e00', width: 1.2, dash: '5 3' },
    { cssClass: 'edge-accountability.vertical', label: 'Accountable to (vertical)', stroke: '#1d4f91', width: 2, arrow: true },
    { cssClass: 'edge-accountability.horizontal', label: 'Accountable to (horizontal)', stroke: '#1d8a6e', width: 2, dash: '8 3', arrow: true },
    { cssClass: 'edge-line-management', label: 'Line-managed by', stroke: '#6b4f9e', width: 1.6, arrow: true },
    { cssClass: 'edge-funding', label: 'Funded by', stroke: '#2f7d32', width: 1.6, dash: '2 3', arrow: true },
    { cssClass: 'edge-part-of', label: 'Part of', stroke: '#888888', width: 2.4, arrow: true },
    { cssClass: 'edge-tension', label: 'Tension between', stroke: '#b3402a', width: 1.2, dash: '3 3' },
    { cssClass: 'edge-handled-by', label: 'Tension handled by', stroke: '#b3402a', width: 1.2, dash: '1 3', arrow: true }
];

export const BADGES: { example: string; label: string }[] = [
    { example: '«…»', label: 'Role in the partnership' },
    { example: 'Driver', label: 'Why they partner (weight)' }
];

export const MARKERS: { cssClass: string; label: string; colour: string }[] = [
    { cssClass: 'error', label: 'Error (hover: rule, source)', colour: '#c62828' },
    { cssClass: 'warning', label: 'Warning: a known risk', colour: '#e6a100' },
    { cssClass: 'info', label: 'Note from the literature', colour: '#1565c0' }
];

/** The stylesheet rules of the table, put into the page once. */
export function styleSheet(): string {
    const rules: string[] = [];
    // the plain organisation first, so that a sector's colour wins over it
    const nodes = [...OTHER_NODES, ...SECTORS].sort((a, b) => Number(b.cssClass.startsWith('node-')) - Number(a.cssClass.startsWith('node-')));
    for (const node of nodes) {
        const stroke = node.stroke ? ` stroke: ${node.stroke};` : '';
        const dash = node.dash ? ` stroke-dasharray: ${node.dash};` : '';
        rules.push(`.${node.cssClass} > .sprotty-node { fill: ${node.fill};${stroke}${dash} }`);
    }
    for (const line of LINES) {
        const dash = line.dash ? ` stroke-dasharray: ${line.dash};` : '';
        rules.push(`.sprotty-edge.${line.cssClass} { stroke: ${line.stroke}; stroke-width: ${line.width};${dash} }`);
        rules.push(`.sprotty-edge.${line.cssClass} .arrowhead { fill: ${line.stroke}; stroke: none; }`);
    }
    return rules.join('\n');
}

const SVG_NS = 'http://www.w3.org/2000/svg';

/**
 * The legend as one SVG group, laid out in columns; the canvas shows it in a corner and every export
 * draws it under the map. {@code width} is the room it may take.
 */
export function legendSvg(width: number): { group: SVGGElement; height: number } {
    const group = document.createElementNS(SVG_NS, 'g');
    group.setAttribute('class', 'concord-legend');
    const rowHeight = 20;
    const columnWidth = 250;
    const columns = Math.max(1, Math.floor(width / columnWidth));
    const entries: ((g: SVGGElement) => void)[] = [];
    for (const node of [...SECTORS, ...OTHER_NODES]) {
        entries.push(g => {
            const shape = element(node.shape === 'diamond' ? 'path' : 'rect', node.shape === 'diamond'
                ? { d: 'M 14 2 L 26 9 L 14 16 L 2 9 Z' }
                : { x: 0, y: 2, width: 28, height: 14, rx: node.shape === 'rounded' ? 7 : 2 });
            shape.setAttribute('style', `fill: ${node.fill}; stroke: ${node.stroke ?? '#555'}; stroke-width: 1;${node.dash ? ` stroke-dasharray: ${node.dash};` : ''}`);
            g.appendChild(shape);
            g.appendChild(text(36, 14, node.label));
        });
    }
    for (const line of LINES) {
        entries.push(g => {
            const path = element('line', { x1: 0, y1: 9, x2: 28, y2: 9 });
            path.setAttribute('style', `stroke: ${line.stroke}; stroke-width: ${line.width};${line.dash ? ` stroke-dasharray: ${line.dash};` : ''}`);
            g.appendChild(path);
            if (line.arrow) {
                const head = element('path', { d: 'M 30 9 L 22 5 L 22 13 Z' });
                head.setAttribute('style', `fill: ${line.stroke}`);
                g.appendChild(head);
            }
            g.appendChild(text(36, 14, line.label));
        });
    }
    for (const badge of BADGES) {
        entries.push(g => {
            const example = text(0, 14, badge.example);
            example.setAttribute('style', 'font-size: 12px; font-style: italic; fill: #7a3e00');
            g.appendChild(example);
            g.appendChild(text(46, 14, badge.label));
        });
    }
    for (const marker of MARKERS) {
        entries.push(g => {
            const dot = element('circle', { cx: 9, cy: 9, r: 7 });
            dot.setAttribute('style', `fill: ${marker.colour}`);
            g.appendChild(dot);
            g.appendChild(text(36, 14, marker.label));
        });
    }
    const rows = Math.ceil(entries.length / columns);
    const title = text(0, 14, 'Legend');
    title.setAttribute('style', 'font-size: 14px; font-weight: 600; fill: #222');
    group.appendChild(title);
    entries.forEach((draw, i) => {
        const g = document.createElementNS(SVG_NS, 'g');
        g.setAttribute('transform', `translate(${Math.floor(i / rows) * columnWidth} ${24 + (i % rows) * rowHeight})`);
        draw(g);
        group.appendChild(g);
    });
    return { group, height: 24 + rows * rowHeight };
}

function element(name: string, attributes: Record<string, string | number>): SVGElement {
    const created = document.createElementNS(SVG_NS, name);
    for (const [key, value] of Object.entries(attributes)) {
        created.setAttribute(key, String(value));
    }
    return created;
}

function text(x: number, y: number, content: string): SVGTextElement {
    const created = element('text', { x, y }) as SVGTextElement;
    created.setAttribute('style', 'font-size: 12px; fill: #222; font-family: system-ui, sans-serif');
    created.textContent = content;
    return created;
}
