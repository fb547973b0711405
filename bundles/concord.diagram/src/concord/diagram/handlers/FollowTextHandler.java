package concord.diagram.handlers;

import java.util.List;

import org.eclipse.glsp.server.actions.AbstractActionHandler;
import org.eclipse.glsp.server.actions.Action;
import org.eclipse.glsp.server.features.core.model.ModelSubmissionHandler;

import com.google.inject.Inject;

import concord.diagram.model.FollowTextAction;
import concord.diagram.model.MapModelState;

/**
 * Draws the spec again from the text the host sent (its editor's unsaved text), laid out as after any
 * edit; a text the map shows already changes nothing.
 */
public class FollowTextHandler extends AbstractActionHandler<FollowTextAction> {

	@Inject
	protected MapModelState map;

	@Inject
	protected ModelSubmissionHandler submission;

	@Override
	protected List<Action> executeAction(FollowTextAction action) {
		return map.document() != null && map.follow(action.getText()) ? submission.submitModel() : none();
	}
}
