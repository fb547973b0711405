/**
 * The map's overview (minimap): the whole map drawn small in a corner, with a frame where the window looks,
 * for maps larger than the window at a readable zoom. GLSP 2.3.0 and sprotty have none, so it is drawn
 * here: a box for every node of the map's model (sprotty leaves the nodes outside the window out of the
 * page, so the page's own SVG cannot be copied), carrying the node's own classes so that the map's style
 * table colours it as on the map; drawn again whenever sprotty redraws the map or moves its view. A click
 * or drag on it scrolls the map there. It lives outside the map's SVG, so no export or print carries it.
 */

/** A node of the map as the overview draws it: its box in map coordinates and its classes. */
export interface OverviewNode {
    x: number;
    y: number;
    width: number;
    height: number;
    cssClasses: string[];
}

/** What the overview needs from the map: its nodes and extent, where the view is, and how to move it. */
export interface OverviewHost {
    /** Every node of the map (nested ones too), outermost first. */
    nodes(): OverviewNode[];
    /** The map's nodes' extent in map coordinates, or undefined while it has none. */
    extent(): { x: number; y: number; width: number; height: number } | undefined;
    /** The part of the map the window shows, in map coordinates. */
    view(): { x: number; y: number; width: number; height: number; zoom: number };
    /** Scrolls the map so that the view's centre is at this map point. */
    centreOn(point: { x: number; y: number }): void;
}

const SVG = 'http://www.w3.org/2000/svg';
const WIDTH = 220;
const HEIGHT = 150;

export class MapOverview {
    private readonly panel: HTMLDivElement;
    private readonly canvas: SVGSVGElement;
    private readonly copy: SVGGElement;
    private readonly frame: SVGRectElement;
    private pending = false;

    constructor(private readonly map: HTMLElement, private readonly host: OverviewHost) {
        this.panel = document.createElement('div');
        this.panel.id = 'concord-overview';
        this.panel.className = 'sprotty';
        this.panel.setAttribute('aria-label', 'Overview of the map: click to go there');
        this.canvas = document.createElementNS(SVG, 'svg');
        this.canvas.setAttribute('width', String(WIDTH));
        this.canvas.setAttribute('height', String(HEIGHT));
        this.canvas.setAttribute('preserveAspectRatio', 'xMidYMid meet');
        this.copy = document.createElementNS(SVG, 'g');
        this.frame = document.createElementNS(SVG, 'rect');
        this.frame.setAttribute('class', 'concord-overview-frame');
        this.canvas.append(this.copy, this.frame);
        this.panel.appendChild(this.canvas);
        // beside the map's own element, not in it: what counts or exports the map's nodes never meets the copy
        document.getElementById('concord-overview')?.remove();
        map.parentElement!.appendChild(this.panel);
        let dragging = false;
        this.canvas.addEventListener('pointerdown', event => {
            dragging = true;
            this.canvas.setPointerCapture(event.pointerId);
            this.goTo(event);
        });
        this.canvas.addEventListener('pointermove', event => dragging && this.goTo(event));
        this.canvas.addEventListener('pointerup', () => (dragging = false));
        // the map's SVG is patched in place by sprotty: a change of its nodes or of its view redraws the overview
        new MutationObserver(changes => changes.some(change => !this.panel.contains(change.target)) && this.schedule()).observe(map, { subtree: true, childList: true, attributes: true,
            attributeFilter: ['transform', 'class', 'd', 'width', 'height', 'x', 'y'] });
        window.addEventListener('resize', () => this.schedule());
    }

    get shown(): boolean {
        return !this.panel.classList.contains('concord-hidden');
    }

    show(shown: boolean): void {
        this.panel.classList.toggle('concord-hidden', !shown);
        if (shown) {
            this.schedule();
        }
    }

    private schedule(): void {
        if (!this.pending && this.shown) {
            this.pending = true;
            requestAnimationFrame(() => {
                this.pending = false;
                this.draw();
            });
        }
    }

    private draw(): void {
        const extent = this.host.extent();
        if (!extent) {
            return;
        }
        const pad = Math.max(extent.width, extent.height) * 0.03;
        this.canvas.setAttribute('viewBox', `${extent.x - pad} ${extent.y - pad} ${extent.width + 2 * pad} ${extent.height + 2 * pad}`);
        this.copy.replaceChildren(...this.host.nodes().map(node => {
            const holder = document.createElementNS(SVG, 'g');
            holder.setAttribute('class', node.cssClasses.join(' '));
            const box = document.createElementNS(SVG, 'rect');
            box.setAttribute('class', 'sprotty-node');
            box.setAttribute('x', String(node.x));
            box.setAttribute('y', String(node.y));
            box.setAttribute('width', String(node.width));
            box.setAttribute('height', String(node.height));
            holder.appendChild(box);
            return holder;
        }));
        const view = this.host.view();
        this.frame.setAttribute('x', String(view.x));
        this.frame.setAttribute('y', String(view.y));
        this.frame.setAttribute('width', String(view.width));
        this.frame.setAttribute('height', String(view.height));
        // the frame's line stays about 2 px on screen whatever the map's size
        this.frame.setAttribute('stroke-width', String((2 * (extent.width + 2 * pad)) / WIDTH));
    }

    private goTo(event: PointerEvent): void {
        const matrix = this.canvas.getScreenCTM();
        if (!matrix) {
            return;
        }
        const point = new DOMPoint(event.clientX, event.clientY).matrixTransform(matrix.inverse());
        this.host.centreOn({ x: point.x, y: point.y });
    }
}
