package concord.dsl.ide.document;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

import concord.model.partnership.Actor;
import concord.model.partnership.Partnership;
import concord.model.partnership.PartnershipModel;

/**
 * Names in a spec are references elsewhere in it: new and renamed elements must not take one in use.
 * The map's direct edit, its palette and the workbench's rename all ask here.
 */
public final class NewNames {

	private NewNames() {
	}

	/** Why {@code name} cannot be a new element name in {@code model}, if it cannot. */
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
		if (inUse(model).contains(name)) {
			return Optional.of("'" + name + "' is already the name of an element of this spec");
		}
		return Optional.empty();
	}

	/** {@code base}, or {@code base 2}, {@code base 3}, ... whichever is free first. */
	public static String unique(PartnershipModel model, String base) {
		Set<String> names = inUse(model);
		if (!names.contains(base)) {
			return base;
		}
		int n = 2;
		while (names.contains(base + " " + n)) {
			n++;
		}
		return base + " " + n;
	}

	private static Set<String> inUse(PartnershipModel model) {
		Set<String> names = new HashSet<>();
		for (Actor actor : model.getActors()) {
			names.add(actor.getName());
		}
		for (Partnership partnership : model.getPartnerships()) {
			names.add(partnership.getName());
		}
		return names;
	}
}
