import {
    ConsoleLogger,
    DiamondNodeView,
    ExportSvgActionHandler,
    FeatureModule,
    GEdge,
    GEdgeView,
    GLabel,
    GLabelView,
    GNode,
    IDiagramOptions,
    LogLevel,
    RoundedCornerNodeView,
    STANDALONE_MODULE_CONFIG,
    SetDirtyStateAction,
    TYPES,
    bindOrRebind,
    configureActionHandler,
    configureDefaultModelElements,
    configureModelElement,
    createDiagramOptionsModule,
    decorationFeature,
    editLabelFeature,
    initializeDiagramContainer
} from '@eclipse-glsp/client';
import { Container } from 'inversify';
import { DirtyStateIndicator } from './dirty-state';
import { MapExportHandler } from './map-export';
import { DIRECTED_EDGES, MapTypes } from './map-types';
import { DirectedEdgeView } from './map-views';

/** How the client shows each kind of element the Concord server sends. */
const partnershipMapModule = new FeatureModule(
    (bind, unbind, isBound, rebind) => {
        const context = { bind, unbind, isBound, rebind };
        bindOrRebind(context, TYPES.ILogger).to(ConsoleLogger).inSingletonScope();
        bindOrRebind(context, TYPES.LogLevel).toConstantValue(LogLevel.warn);
        configureDefaultModelElements(context);

        const markable = { enable: [decorationFeature] };
        configureModelElement(context, MapTypes.PARTNERSHIP, GNode, RoundedCornerNodeView, markable);
        configureModelElement(context, MapTypes.ORGANISATION, GNode, RoundedCornerNodeView, markable);
        configureModelElement(context, MapTypes.PERSON, GNode, RoundedCornerNodeView, markable);
        configureModelElement(context, MapTypes.GROUP, GNode, RoundedCornerNodeView, markable);
        configureModelElement(context, MapTypes.TENSION, GNode, DiamondNodeView, markable);
        configureModelElement(context, MapTypes.NAME, GLabel, GLabelView, { enable: [editLabelFeature] });
        configureModelElement(context, MapTypes.BADGE, GLabel, GLabelView);
        configureModelElement(context, MapTypes.INFO, GLabel, GLabelView);
        configureModelElement(context, MapTypes.EDGE_LABEL, GLabel, GLabelView);
        for (const type of [MapTypes.MEMBERSHIP, MapTypes.ROLE, MapTypes.TENSION_PARTY]) {
            configureModelElement(context, type, GEdge, GEdgeView, markable);
        }
        for (const type of DIRECTED_EDGES) {
            configureModelElement(context, type, GEdge, DirectedEdgeView, markable);
        }

        // GLSP's own handler saves every export as diagram.svg; ours names the file and also draws PNGs.
        rebind(ExportSvgActionHandler).to(MapExportHandler).inSingletonScope();
        bind(DirtyStateIndicator).toSelf().inSingletonScope();
        configureActionHandler(context, SetDirtyStateAction.KIND, DirtyStateIndicator);
    },
    { featureId: Symbol('concordPartnershipMap') }
);

export function createMapContainer(options: IDiagramOptions): Container {
    return initializeDiagramContainer(new Container(), createDiagramOptionsModule(options), partnershipMapModule, STANDALONE_MODULE_CONFIG);
}
