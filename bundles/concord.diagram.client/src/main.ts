import 'reflect-metadata';

import {
    BaseJsonrpcGLSPClient,
    DiagramLoader,
    EditorContextService,
    GNode,
    FitToScreenAction,
    GLSPActionDispatcher,
    GLSPClient,
    GLSPWebSocketProvider,
    RequestExportSvgAction,
    SaveModelAction,
    SetViewportAction,
    Bounds,
    UndoAction,
    RedoAction
} from '@eclipse-glsp/client';
import '@vscode/codicons/dist/codicon.css';
import '../css/concord-map.css';
import { MessageConnection } from 'vscode-jsonrpc';
import { createMapContainer } from './map-container';
import { MapExportHandler } from './map-export';
import { PageSize } from './map-page';
import { legendSvg, styleSheet } from './map-style';
import { MapOverview, OverviewNode } from './map-overview';

/** Below this zoom the map's smallest text (12 px) would be under 11 px on screen: the first view never goes below it. */
const READABLE_ZOOM = 11 / 12;

/**
 * The page the Concord server hands out: ?spec=<file uri>&token=<session token>. The token goes back on
 * the websocket; the server refuses connections without it or from another origin.
 */
const parameters = new URLSearchParams(window.location.search);
const token = parameters.get('token') ?? '';
const spec = parameters.get('spec') ?? '';
const diagramType = 'partnership-map';
const clientId = 'concord-map';

interface ConcordPage {
    loaded: boolean;
    /** Saves the map (the workbench calls this for File > Save). */
    save?: () => void;
    dirty: boolean;
    /** The ids of the selected map elements (the workbench shows them in Properties and Hints). */
    selection: string[];
    error?: string;
    lastExport?: string;
    /** Set by the workbench before {@link exportSvg}: the SVG is left in lastExport, not downloaded. */
    exportToHost?: boolean;
    /** Fits the map's nodes into the window (done on loading; the workbench calls it after moving the editor). */
    fit?: () => Promise<void>;
    /** Exports the map as SVG (the page's Export SVG button). */
    exportSvg?: () => void;
    /** Puts the map's page of that size up for printing (concord render draws PDFs, PNGs and SVGs from it). */
    exportPage?: (size: PageSize) => void;
    /** Set by concord render: printing does not open a dialog. */
    headless?: boolean;
    exported?: number;
    dispatcher?: GLSPActionDispatcher;
    /** False while a change of layers is being laid out again. */
    layersApplied?: boolean;
    /** The map's elements by id, with their type, container and ends (the tests check nesting and links). */
    graph?: () => Record<string, MapElementFacts>;
    zoom?: () => number;
    /** Where the window looks, in map coordinates, and at what zoom. */
    view?: () => { x: number; y: number; width: number; height: number; zoom: number };
    /** The overview (minimap) in the map's corner. */
    overview?: MapOverview;
}

interface MapElementFacts {
    id: string;
    type: string;
    parent?: string;
    cssClasses: string[];
    source?: string;
    target?: string;
    /** A node's box, relative to its container (map coordinates for the map's own nodes). */
    bounds?: Bounds;
}
const concord: ConcordPage = { loaded: false, dirty: false, selection: [] };
(window as unknown as { concord: ConcordPage }).concord = concord;

const style = document.createElement('style');
style.textContent = styleSheet();
document.head.appendChild(style);
drawLegend();

const name = decodeURIComponent(spec.substring(spec.lastIndexOf('/') + 1));
document.title = `${name} — Concord`;
document.getElementById('concord-title')!.textContent = name;
MapExportHandler.title = name.replace(/\.partnership$/, '');
MapExportHandler.baseName = name.replace(/\.partnership$/, '') || 'partnership-map';

const scheme = window.location.protocol === 'https:' ? 'wss' : 'ws';
const socketUrl = `${scheme}://${window.location.host}/glsp?token=${encodeURIComponent(token)}`;
let client: GLSPClient | undefined;

new GLSPWebSocketProvider(socketUrl).listen({ onConnection: open, onReconnect: reopen, logger: console });

async function open(connection: MessageConnection, isReconnecting = false): Promise<void> {
    client = new BaseJsonrpcGLSPClient({ id: 'concord', connectionProvider: connection });
    const container = createMapContainer({ clientId, diagramType, glspClientProvider: async () => client!, sourceUri: spec });
    const dispatcher = container.get(GLSPActionDispatcher);
    concord.dispatcher = dispatcher;
    concord.save = () => void dispatcher.dispatch(SaveModelAction.create());
    try {
        await container.get(DiagramLoader).load({ requestModelOptions: { isReconnecting } });
        await dispatcher.onceModelInitialized();
        const context = container.get(EditorContextService);
        const root = () => context.modelRoot as unknown as { id: string; zoom: number; scroll: { x: number; y: number }; canvasBounds: Bounds;
            children: unknown[] };
        const nodes = () => root().children.filter(child => child instanceof GNode) as GNode[];
        concord.view = () => {
            const { zoom, scroll, canvasBounds } = root();
            return { x: scroll.x, y: scroll.y, width: canvasBounds.width / zoom, height: canvasBounds.height / zoom, zoom };
        };
        // Fit the nodes (not the root, whose own bounds would keep the zoom at 1) into the window, but never
        // so small that the labels cannot be read: then the map opens at that zoom centred on its partnership
        // (the heart of the map), scrolls, and shows its overview.
        let fitted = '';
        const where = () => JSON.stringify([root().scroll.x, root().scroll.y, root().zoom]);
        concord.fit = async () => {
            const shown = nodes();
            await dispatcher.dispatch(FitToScreenAction.create(shown.map(node => node.id), { padding: 24, maxZoom: 1, animate: false }));
            const needsScrolling = root().zoom < READABLE_ZOOM && shown.length > 0;
            if (needsScrolling) {
                const scroll = centredScroll(shown, READABLE_ZOOM, root().canvasBounds);
                await dispatcher.dispatch(SetViewportAction.create(root().id, { scroll, zoom: READABLE_ZOOM }, { animate: false }));
            }
            fitted = where();
            if (!overviewChosen) {
                concord.overview?.show(needsScrolling);
                pressed('concord-overview-toggle', concord.overview?.shown ?? false);
            }
        };
        // a resized window (the workbench's editor) is fitted again, unless the consultant has moved the view
        let resizing: number | undefined;
        window.addEventListener('resize', () => {
            clearTimeout(resizing);
            resizing = window.setTimeout(() => {
                if (concord.loaded && where() === fitted) {
                    void concord.fit?.();
                }
            }, 200);
        });
        concord.overview = new MapOverview(document.getElementById('concord-map')!, {
            nodes: () => nodesWithin(nodes(), 0, 0),
            extent: () => extentOf(nodes()),
            view: () => concord.view!(),
            centreOn: point => {
                const view = concord.view!();
                void dispatcher.dispatch(SetViewportAction.create(root().id,
                    { scroll: { x: point.x - view.width / 2, y: point.y - view.height / 2 }, zoom: view.zoom }, { animate: false }));
            }
        });
        concord.graph = () => {
            const facts: Record<string, MapElementFacts> = {};
            for (const element of context.modelRoot.index.all()) {
                const edge = element as unknown as { sourceId?: string; targetId?: string };
                const parent = (element as unknown as { parent?: { id: string } }).parent;
                facts[element.id] = { id: element.id, type: element.type, parent: parent?.id, cssClasses: element.cssClasses ?? [],
                    source: edge.sourceId, target: edge.targetId, bounds: element instanceof GNode ? element.bounds : undefined };
            }
            return facts;
        };
        concord.zoom = () => (context.modelRoot as unknown as { zoom: number }).zoom;
        await concord.fit();
        showLayers(hiddenLayers(context.modelRoot as unknown as { args?: Record<string, unknown> }));
        closePalette();
        concord.loaded = true;
        document.body.classList.add('concord-loaded');
    } catch (error) {
        concord.error = String(error);
        document.body.classList.add('concord-failed');
    }
    wireBar(dispatcher, container.get(EditorContextService));
    if (concord.loaded) {
        renderIfAsked();
    }
}

/** Every node, nested ones too, with its box in map coordinates (a nested node's bounds are its container's). */
function nodesWithin(nodes: GNode[], x: number, y: number): OverviewNode[] {
    return nodes.flatMap(node => {
        const left = x + node.bounds.x;
        const top = y + node.bounds.y;
        const inner = node.children.filter(child => child instanceof GNode) as GNode[];
        return [{ x: left, y: top, width: node.bounds.width, height: node.bounds.height, cssClasses: node.cssClasses ?? [] },
            ...nodesWithin(inner, left, top)];
    });
}

/** The nodes' extent in map coordinates. */
function extentOf(nodes: GNode[]): Bounds | undefined {
    if (nodes.length === 0) {
        return undefined;
    }
    const left = Math.min(...nodes.map(node => node.bounds.x));
    const top = Math.min(...nodes.map(node => node.bounds.y));
    const right = Math.max(...nodes.map(node => node.bounds.x + node.bounds.width));
    const bottom = Math.max(...nodes.map(node => node.bounds.y + node.bounds.height));
    return { x: left, y: top, width: right - left, height: bottom - top };
}

/**
 * Where to scroll so that the window, at {@code zoom}, looks at the partnership card (or the map's middle),
 * without showing more empty canvas beyond the map's edges than the padding.
 */
function centredScroll(nodes: GNode[], zoom: number, canvas: Bounds): { x: number; y: number } {
    const extent = extentOf(nodes)!;
    const heart = nodes.find(node => node.type === 'node:partnership')?.bounds ?? extent;
    const width = canvas.width / zoom;
    const height = canvas.height / zoom;
    const pad = 24 / zoom;
    const along = (centre: number, size: number, start: number, length: number) => {
        if (length + 2 * pad <= size) {
            return start + length / 2 - size / 2;
        }
        return Math.min(Math.max(centre - size / 2, start - pad), start + length + pad - size);
    };
    return {
        x: along(heart.x + heart.width / 2, width, extent.x, extent.width),
        y: along(heart.y + heart.height / 2, height, extent.y, extent.height)
    };
}

function pressed(button: string, on: boolean): void {
    document.getElementById(button)?.setAttribute('aria-pressed', String(on));
}

/** Set once the consultant shows or hides the overview: fitting the map again no longer decides it. */
let overviewChosen = false;

async function reopen(connection: MessageConnection): Promise<void> {
    client?.stop();
    await open(connection, true);
}

/**
 * `concord render` opens the map with ?render=a4 (or 16x9): the page then shows only the export page, for
 * Chromium to print to PDF, take as a PNG, or hand back as SVG (its DOM), and says so with a class on the body.
 */
function renderIfAsked(): void {
    const size = parameters.get('render');
    if (size === 'a4' || size === '16x9') {
        concord.headless = true;
        document.body.classList.add('concord-render');
        concord.exportPage!(size);
    }
}

/** The layers the server left out (kept in the layout sidecar), from the map's root. */
function hiddenLayers(root: { args?: Record<string, unknown> }): string[] {
    const hidden = root.args?.['hiddenLayers'];
    return typeof hidden === 'string' && hidden ? hidden.split(',') : [];
}

function showLayers(hidden: string[]): void {
    document.querySelectorAll<HTMLInputElement>('#concord-layers input[data-layer]').forEach(box => {
        box.checked = !hidden.includes(box.dataset.layer!);
    });
}

/** The palette starts closed, so that it hides nothing; the bar's Palette button opens it. */
function closePalette(): void {
    document.querySelector('#concord-map .tool-palette')?.classList.add('concord-closed');
    document.getElementById('concord-palette')?.setAttribute('aria-pressed', 'false');
}

function togglePalette(): void {
    const palette = document.querySelector('#concord-map .tool-palette');
    const closed = palette?.classList.toggle('concord-closed') ?? true;
    document.getElementById('concord-palette')!.setAttribute('aria-pressed', String(!closed));
}

function drawLegend(): void {
    const holder = document.getElementById('concord-legend')!;
    const canvas = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
    holder.appendChild(canvas);
    const legend = legendSvg(250);
    canvas.appendChild(legend.group);
    canvas.setAttribute('width', '250');
    canvas.setAttribute('height', String(legend.height + 4));
    document.getElementById('concord-legend-toggle')!.onclick = () => document.body.classList.toggle('legend-closed');
    // in a narrow editor (the workbench beside the text) the map needs the room more; the bar's button shows the legend
    if (window.innerWidth < 1000) {
        document.body.classList.add('legend-closed');
    }
}

/**
 * In a narrow window (the workbench's editor beside the text) the layers and the exports fold into menus
 * of the bar, so that the bar is one line and the map keeps the room.
 */
function compactBar(): void {
    const fold = () => {
        const narrow = window.innerWidth < 1000;
        document.body.classList.toggle('concord-narrow', narrow);
        document.querySelectorAll<HTMLDetailsElement>('#concord-bar details.concord-menu').forEach(menu => (menu.open = !narrow));
    };
    fold();
    window.addEventListener('resize', fold);
    // a narrow bar's menu closes once something in it was chosen, or the map is clicked
    document.getElementById('concord-map')!.addEventListener('pointerdown', () => {
        if (document.body.classList.contains('concord-narrow')) {
            document.querySelectorAll<HTMLDetailsElement>('#concord-bar details.concord-menu').forEach(menu => (menu.open = false));
        }
    });
}

function wireBar(dispatcher: GLSPActionDispatcher, editorContext: EditorContextService): void {
    const map = document.getElementById('concord-map')!;
    document.querySelectorAll<HTMLInputElement>('#concord-layers input[data-layer]').forEach(box => {
        // the server leaves the hidden layers out and lays the rest out again; then the map is fitted anew
        box.onchange = async () => {
            const hidden = [...document.querySelectorAll<HTMLInputElement>('#concord-layers input[data-layer]')]
                .filter(b => !b.checked).map(b => b.dataset.layer!);
            concord.layersApplied = false;
            const changed = new Promise<void>(resolve => {
                const listener = editorContext.onModelRootChanged(() => {
                    listener.dispose();
                    resolve();
                });
            });
            await dispatcher.dispatch({ kind: 'concordShowLayers', hiddenLayers: hidden } as unknown as SaveModelAction);
            await changed;
            await concord.fit?.();
            concord.layersApplied = true;
        };
    });
    document.getElementById('concord-palette')!.onclick = togglePalette;
    document.getElementById('concord-overview-toggle')!.onclick = () => {
        overviewChosen = true;
        concord.overview?.show(!concord.overview.shown);
        pressed('concord-overview-toggle', concord.overview?.shown ?? false);
    };
    compactBar();
    const exportAs = (format: 'svg' | 'png' | 'pdf') => () => {
        const title = (editorContext.modelRoot as unknown as { args?: Record<string, unknown> }).args?.['title'];
        if (typeof title === 'string') {
            MapExportHandler.title = title;
        }
        MapExportHandler.format = format;
        MapExportHandler.size = (document.getElementById('concord-page-size') as HTMLSelectElement).value as PageSize;
        dispatcher.dispatch(RequestExportSvgAction.create());
    };
    concord.exportSvg = exportAs('svg');
    concord.exportPage = (size: PageSize) => {
        (document.getElementById('concord-page-size') as HTMLSelectElement).value = size;
        exportAs('pdf')();
    };
    document.getElementById('concord-export-svg')!.onclick = exportAs('svg');
    document.getElementById('concord-export-png')!.onclick = exportAs('png');
    document.getElementById('concord-export-pdf')!.onclick = exportAs('pdf');
    // Ctrl+S, Ctrl+Z and Ctrl+Y work on the canvas through GLSP; these keep them working when the bar has focus.
    document.addEventListener('keydown', event => {
        if (!(event.ctrlKey || event.metaKey) || map.contains(event.target as Node)) {
            return;
        }
        const action = event.key === 's' ? SaveModelAction.create() : event.key === 'z' ? UndoAction.create() : event.key === 'y' ? RedoAction.create() : undefined;
        if (action) {
            event.preventDefault();
            dispatcher.dispatch(action);
        }
    });
}
