import {
    ConsoleLogger,
    DiamondNodeView,
    ExportSvgAction,
    ExportSvgKeyListener,
    FeatureModule,
    GEdge,
    GEdgeView,
    GLabel,
    GLabelView,
    GlspHoverMouseListener,
    GNode,
    IDiagramOptions,
    LogLevel,
    RoundedCornerNodeView,
    STANDALONE_MODULES,
    SetDirtyStateAction,
    TYPES,
    bindAsService,
    bindOrRebind,
    configureActionHandler,
    configureDefaultModelElements,
    configureModelElement,
    createDiagramOptionsModule,
    editLabelFeature,
    layoutableChildFeature,
    initializeDiagramContainer,
    standaloneExportModule
} from '@eclipse-glsp/client';
import { Container } from 'inversify';
import { DirtyStateIndicator } from './dirty-state';
import { MapExportHandler } from './map-export';
import { SelectionBridge } from './selection-bridge';
import { DIRECTED_EDGES, MapTypes } from './map-types';
import { DirectedEdgeView, WrappedInfoView, WrappedLabelView } from './map-views';
import { MarkerHover } from './marker-hover';
import { LabelDeclutter } from './label-declutter';

/** How the client shows each kind of element the Concord server sends. */
const partnershipMapModule = new FeatureModule(
    (bind, unbind, isBound, rebind) => {
        const context = { bind, unbind, isBound, rebind };
        bindOrRebind(context, TYPES.ILogger).to(ConsoleLogger).inSingletonScope();
        bindOrRebind(context, TYPES.LogLevel).toConstantValue(LogLevel.warn);
        configureDefaultModelElements(context);

        configureModelElement(context, MapTypes.PARTNERSHIP, GNode, RoundedCornerNodeView);
        configureModelElement(context, MapTypes.ORGANISATION, GNode, RoundedCornerNodeView);
        // people and tensions may stand inside an organisation or the tension lane, placed by its box layout
        configureModelElement(context, MapTypes.PERSON, GNode, RoundedCornerNodeView, { enable: [layoutableChildFeature] });
        configureModelElement(context, MapTypes.GROUP, GNode, RoundedCornerNodeView);
        configureModelElement(context, MapTypes.TENSION, GNode, DiamondNodeView, { enable: [layoutableChildFeature] });
        configureModelElement(context, MapTypes.LANE, GNode, RoundedCornerNodeView);
        configureModelElement(context, MapTypes.NAME, GLabel, WrappedLabelView, { enable: [editLabelFeature] });
        configureModelElement(context, MapTypes.BADGE, GLabel, GLabelView);
        configureModelElement(context, MapTypes.INFO, GLabel, WrappedInfoView);
        configureModelElement(context, MapTypes.EDGE_LABEL, GLabel, GLabelView);
        for (const type of [MapTypes.MEMBERSHIP, MapTypes.ROLE, MapTypes.TENSION_PARTY]) {
            configureModelElement(context, type, GEdge, GEdgeView);
        }
        for (const type of DIRECTED_EDGES) {
            configureModelElement(context, type, GEdge, DirectedEdgeView);
        }

        // In place of GLSP's standalone export (which saves every export as diagram.svg): ours names the
        // file after the spec and also draws PNGs.
        bind(MapExportHandler).toSelf().inSingletonScope();
        configureActionHandler(context, ExportSvgAction.KIND, MapExportHandler);
        bindAsService(context, TYPES.KeyListener, ExportSvgKeyListener);
        bind(DirtyStateIndicator).toSelf().inSingletonScope();
        configureActionHandler(context, SetDirtyStateAction.KIND, DirtyStateIndicator);
        bindAsService(context, TYPES.ISelectionListener, SelectionBridge);
        // marker tooltips that show the finding as text, whatever characters its message and source hold
        bind(MarkerHover).toSelf().inSingletonScope();
        bindAsService(context, TYPES.IVNodePostprocessor, LabelDeclutter);
        rebind(GlspHoverMouseListener).toService(MarkerHover);
    },
    { featureId: Symbol('concordPartnershipMap') }
);

export function createMapContainer(options: IDiagramOptions): Container {
    const standalone = { add: STANDALONE_MODULES.filter(module => module !== standaloneExportModule) };
    return initializeDiagramContainer(new Container(), createDiagramOptionsModule(options), partnershipMapModule, standalone);
}
