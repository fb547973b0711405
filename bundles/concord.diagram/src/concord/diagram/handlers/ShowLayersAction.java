package concord.diagram.handlers;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.glsp.server.actions.Action;

/** The bar above the map asks for these layers to be switched off (and every other one on). */
public class ShowLayersAction extends Action {

	public static final String KIND = "concordShowLayers";

	private List<String> hiddenLayers = new ArrayList<>();

	public ShowLayersAction() {
		super(KIND);
	}

	public ShowLayersAction(List<String> hiddenLayers) {
		this();
		this.hiddenLayers = new ArrayList<>(hiddenLayers);
	}

	public List<String> getHiddenLayers() {
		return hiddenLayers == null ? List.of() : hiddenLayers;
	}
}
