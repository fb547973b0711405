package concord.diagram.model;

import org.eclipse.glsp.server.actions.Action;

/** The host asks a map to draw this text of its spec (typing in the workbench's text editor has paused). */
public class FollowTextAction extends Action {

	public static final String KIND = "concordFollowText";

	private String text;

	public FollowTextAction() {
		super(KIND);
	}

	public FollowTextAction(String text) {
		this();
		this.text = text;
	}

	public String getText() {
		return text;
	}
}
