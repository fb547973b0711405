package concord.diagram.handlers;

import java.io.IOException;
import java.util.List;
import java.util.Set;

import org.eclipse.glsp.server.actions.AbstractActionHandler;
import org.eclipse.glsp.server.actions.Action;
import org.eclipse.glsp.server.features.core.model.ModelSubmissionHandler;
import org.eclipse.glsp.server.types.GLSPServerException;

import com.google.inject.Inject;

import concord.diagram.gmodel.MapLayers;
import concord.diagram.model.MapModelState;

/**
 * Switches layers off and on: the choice is kept in the layout sidecar at once (it is not an edit of the
 * spec, so it is not undone and does not wait for a save), and the map is drawn and laid out again
 * without the hidden elements.
 */
public class ShowLayersHandler extends AbstractActionHandler<ShowLayersAction> {

	@Inject
	protected MapModelState map;

	@Inject
	protected ModelSubmissionHandler submission;

	@Override
	protected List<Action> executeAction(ShowLayersAction action) {
		Set<String> hidden = Set.copyOf(action.getHiddenLayers().stream().filter(MapLayers.ALL::contains).toList());
		try {
			map.sidecar().keepHiddenLayers(hidden);
		} catch (IOException e) {
			throw new GLSPServerException(map.sidecar().file() + ": cannot keep the layers (" + e.getMessage() + ")", e);
		}
		return submission.submitModel();
	}
}
