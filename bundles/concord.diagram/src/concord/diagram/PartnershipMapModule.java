package concord.diagram;

import org.eclipse.glsp.server.actions.ActionHandler;
import org.eclipse.glsp.server.di.DiagramModule;
import org.eclipse.glsp.server.di.MultiBinding;
import org.eclipse.glsp.server.diagram.DiagramConfiguration;
import org.eclipse.glsp.server.features.core.model.GModelFactory;
import org.eclipse.glsp.server.features.core.model.SourceModelStorage;
import org.eclipse.glsp.server.features.directediting.LabelEditValidator;
import org.eclipse.glsp.server.features.toolpalette.ToolPaletteItemProvider;
import org.eclipse.glsp.server.features.validation.ModelValidator;
import org.eclipse.glsp.server.layout.LayoutEngine;
import org.eclipse.glsp.server.model.GModelState;
import org.eclipse.glsp.server.operations.OperationHandler;

import concord.diagram.gmodel.MapTypes;
import concord.diagram.gmodel.PartnershipMapFactory;
import concord.diagram.handlers.CreateActorHandler;
import concord.diagram.handlers.CreateEdgeHandler;
import concord.diagram.handlers.DeleteElementsHandler;
import concord.diagram.handlers.FollowTextHandler;
import concord.diagram.handlers.MoveResizeHandler;
import concord.diagram.handlers.NameCheck;
import concord.diagram.handlers.ReconnectHandler;
import concord.diagram.handlers.RenameHandler;
import concord.diagram.handlers.ShowLayersHandler;
import concord.diagram.layout.MapLayout;
import concord.diagram.markers.RuleMarkers;
import concord.diagram.model.MapModelState;
import concord.diagram.model.SpecModelStorage;

/** The partnership map as a GLSP diagram type: its model, drawing, layout, markers, palette and edits. */
public class PartnershipMapModule extends DiagramModule {

	@Override
	public String getDiagramType() {
		return MapTypes.DIAGRAM;
	}

	@Override
	protected Class<? extends DiagramConfiguration> bindDiagramConfiguration() {
		return MapConfiguration.class;
	}

	@Override
	protected Class<? extends GModelState> bindGModelState() {
		return MapModelState.class;
	}

	@Override
	protected Class<? extends SourceModelStorage> bindSourceModelStorage() {
		return SpecModelStorage.class;
	}

	@Override
	protected Class<? extends GModelFactory> bindGModelFactory() {
		return PartnershipMapFactory.class;
	}

	@Override
	protected Class<? extends LayoutEngine> bindLayoutEngine() {
		return MapLayout.class;
	}

	@Override
	protected Class<? extends ModelValidator> bindModelValidator() {
		return RuleMarkers.class;
	}

	@Override
	protected Class<? extends LabelEditValidator> bindLabelEditValidator() {
		return NameCheck.class;
	}

	@Override
	protected Class<? extends ToolPaletteItemProvider> bindToolPaletteItemProvider() {
		return MapPalette.class;
	}

	@Override
	protected void configureActionHandlers(MultiBinding<ActionHandler> binding) {
		super.configureActionHandlers(binding);
		binding.add(ShowLayersHandler.class);
		binding.add(FollowTextHandler.class);
	}

	@Override
	protected void configureOperationHandlers(MultiBinding<OperationHandler<?>> binding) {
		super.configureOperationHandlers(binding);
		binding.add(CreateActorHandler.class);
		binding.add(CreateEdgeHandler.class);
		binding.add(DeleteElementsHandler.class);
		binding.add(RenameHandler.class);
		binding.add(MoveResizeHandler.class);
		binding.add(ReconnectHandler.class);
	}
}
