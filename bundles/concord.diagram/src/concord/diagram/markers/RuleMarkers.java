package concord.diagram.markers;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.glsp.graph.GModelElement;
import org.eclipse.glsp.server.features.validation.Marker;
import org.eclipse.glsp.server.features.validation.MarkerKind;
import org.eclipse.glsp.server.features.validation.ModelValidator;

import com.google.inject.Inject;

import concord.diagram.gmodel.MapTypes;
import concord.diagram.model.MapModelState;
import concord.model.partnership.PartnershipModel;
import concord.validation.ActiveProfile;
import concord.validation.RuleValidator;
import concord.validation.catalogue.Finding;

/**
 * Findings of the rule catalogue as markers on the map: each on the element it concerns (or the nearest
 * element the map shows), labelled with the rule id, with the message and its source. Syntax and
 * reference errors of the text are markers on the map itself, with their line and column.
 */
public class RuleMarkers implements ModelValidator {

	@Inject
	protected MapModelState map;

	@Override
	public List<Marker> validate(List<GModelElement> elements, String reason) {
		List<Marker> markers = new ArrayList<>();
		for (Resource.Diagnostic error : map.document().resource().getErrors()) {
			markers.add(new Marker("syntax", "line " + error.getLine() + ":" + error.getColumn() + ": " + error.getMessage(),
					MapTypes.DIAGRAM, MarkerKind.ERROR));
		}
		PartnershipModel model = map.document().model();
		if (model == null) {
			return markers;
		}
		for (Finding finding : new RuleValidator(ActiveProfile.of(model)).validate(model)) {
			String elementId = map.mapIndex().shownAs(finding.element()).orElse(MapTypes.DIAGRAM);
			// GLSP's marker kinds are Concord's severity words
			markers.add(new Marker(finding.ruleId(), finding.titled(), elementId, finding.severity().word()));
		}
		return markers;
	}
}
