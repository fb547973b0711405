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
    UndoAction,
    RedoAction
} from '@eclipse-glsp/client';
import '@vscode/codicons/dist/codicon.css';
import '../css/concord-map.css';
import { MessageConnection } from 'vscode-jsonrpc';
import { createMapContainer } from './map-container';
import { MapExportHandler } from './map-export';

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
    dispatcher?: GLSPActionDispatcher;
}
const concord: ConcordPage = { loaded: false, dirty: false, selection: [] };
(window as unknown as { concord: ConcordPage }).concord = concord;

const name = decodeURIComponent(spec.substring(spec.lastIndexOf('/') + 1));
document.title = `${name} — Concord`;
document.getElementById('concord-title')!.textContent = name;
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
        // Fit the nodes (not the root, whose own bounds would keep the zoom at 1) into the window.
        concord.fit = async () => {
            const nodes = container.get(EditorContextService).modelRoot.children.filter(child => child instanceof GNode).map(node => node.id);
            await dispatcher.dispatch(FitToScreenAction.create(nodes, { padding: 24, maxZoom: 1, animate: false }));
        };
        await concord.fit();
        concord.loaded = true;
        document.body.classList.add('concord-loaded');
    } catch (error) {
        concord.error = String(error);
        document.body.classList.add('concord-failed');
    }
    wireBar(dispatcher);
}

async function reopen(connection: MessageConnection): Promise<void> {
    client?.stop();
    await open(connection, true);
}

function wireBar(dispatcher: GLSPActionDispatcher): void {
    const map = document.getElementById('concord-map')!;
    document.querySelectorAll<HTMLInputElement>('#concord-layers input[data-layer]').forEach(box => {
        box.onchange = () => map.classList.toggle(`hide-${box.dataset.layer}`, !box.checked);
    });
    const exportAs = (format: 'svg' | 'png') => () => {
        MapExportHandler.format = format;
        dispatcher.dispatch(RequestExportSvgAction.create());
    };
    concord.exportSvg = exportAs('svg');
    document.getElementById('concord-export-svg')!.onclick = exportAs('svg');
    document.getElementById('concord-export-png')!.onclick = exportAs('png');
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
