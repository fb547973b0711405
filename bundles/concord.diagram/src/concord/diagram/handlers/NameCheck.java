package concord.diagram.handlers;

import java.util.Optional;

import org.eclipse.glsp.graph.GModelElement;
import org.eclipse.glsp.server.features.directediting.LabelEditValidator;
import org.eclipse.glsp.server.features.directediting.ValidationStatus;

import com.google.inject.Inject;

import concord.diagram.model.MapModelState;
import concord.model.partnership.PartnershipModel;

/** While the consultant types a new name: it must not be empty or taken by another element of the spec. */
public class NameCheck implements LabelEditValidator {

	@Inject
	protected MapModelState map;

	@Override
	public ValidationStatus validate(String label, GModelElement element) {
		String current = element instanceof org.eclipse.glsp.graph.GLabel shown ? shown.getText() : null;
		if (label != null && label.strip().equals(current)) {
			return ValidationStatus.ok();
		}
		return problem(map.document().model(), label == null ? "" : label.strip()).map(ValidationStatus::error)
				.orElseGet(ValidationStatus::ok);
	}

	/** Why {@code name} cannot be a new element name in {@code model} (the workbench's rename asks too), if it cannot. */
	public static Optional<String> problem(PartnershipModel model, String name) {
		if (model == null) {
			return Optional.of("The spec does not read; fix it in the text first");
		}
		if (name.isEmpty()) {
			return Optional.of("A name cannot be empty");
		}
		if (name.contains("\n") || name.contains("\"")) {
			return Optional.of("A name is one line without double quotes");
		}
		if (Names.inUse(model).contains(name)) {
			return Optional.of("'" + name + "' is already the name of an element of this spec");
		}
		return Optional.empty();
	}
}
