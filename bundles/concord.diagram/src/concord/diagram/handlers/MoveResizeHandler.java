package concord.diagram.handlers;

import java.util.Optional;

import org.eclipse.emf.common.command.Command;
import org.eclipse.glsp.server.operations.ChangeBoundsOperation;
import org.eclipse.glsp.server.types.ElementAndBounds;

import concord.diagram.model.LayoutSidecar.Placement;

/** Moving or resizing nodes changes only the layout sidecar; the spec text is not touched. */
public class MoveResizeHandler extends MapOperationHandler<ChangeBoundsOperation> {

	@Override
	public String getLabel() {
		return "Move";
	}

	@Override
	public Optional<Command> createCommand(ChangeBoundsOperation operation) {
		if (operation.getNewBounds().isEmpty()) {
			return doNothing();
		}
		return Optional.of(map.place(getLabel(), sidecar -> {
			map.pinShownNodes();
			for (ElementAndBounds bounds : operation.getNewBounds()) {
				Double width = bounds.getNewSize() == null ? null : bounds.getNewSize().getWidth();
				Double height = bounds.getNewSize() == null ? null : bounds.getNewSize().getHeight();
				sidecar.place(bounds.getElementId(),
						new Placement(bounds.getNewPosition().getX(), bounds.getNewPosition().getY(), width, height));
			}
		}));
	}
}
