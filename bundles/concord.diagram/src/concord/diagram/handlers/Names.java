package concord.diagram.handlers;

import java.util.HashSet;
import java.util.Set;

import concord.model.partnership.Actor;
import concord.model.partnership.Partnership;
import concord.model.partnership.PartnershipModel;

/** Names in a spec are references elsewhere in it: new and renamed elements must not take one in use. */
final class Names {

	private Names() {
	}

	static Set<String> inUse(PartnershipModel model) {
		Set<String> names = new HashSet<>();
		for (Actor actor : model.getActors()) {
			names.add(actor.getName());
		}
		for (Partnership partnership : model.getPartnerships()) {
			names.add(partnership.getName());
		}
		return names;
	}

	static String unique(PartnershipModel model, String base) {
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
}
