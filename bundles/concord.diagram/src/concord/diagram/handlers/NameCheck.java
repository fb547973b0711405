package concord.diagram.handlers;

import org.eclipse.glsp.graph.GModelElement;
import org.eclipse.glsp.server.features.directediting.LabelEditValidator;
import org.eclipse.glsp.server.features.directediting.ValidationStatus;

import com.google.inject.Inject;

import concord.diagram.model.MapModelState;
import concord.dsl.ide.document.NewNames;

/** While the consultant types a new name: it must not be empty or taken by another element of the spec ({@link NewNames}). */
public class NameCheck implements LabelEditValidator {

	@Inject
	protected MapModelState map;

	@Override
	public ValidationStatus validate(String label, GModelElement element) {
		String current = element instanceof org.eclipse.glsp.graph.GLabel shown ? shown.getText() : null;
		if (label != null && label.strip().equals(current)) {
			return ValidationStatus.ok();
		}
		return NewNames.problem(map.document().model(), label == null ? "" : label.strip()).map(ValidationStatus::error)
				.orElseGet(ValidationStatus::ok);
	}
}
