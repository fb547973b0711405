package concord.diagram.gmodel;

import java.util.Optional;

import concord.model.partnership.Actor;
import concord.model.partnership.Partnership;
import concord.model.partnership.PartnershipModel;

/** Which partnership a relation drawn between two actors belongs to. */
final class Partnerships {

	private Partnerships() {
	}

	/** The first partnership either actor takes part in; failing that, the spec's first partnership. */
	static Optional<Partnership> joining(PartnershipModel model, Actor one, Actor other) {
		return model.getPartnerships().stream()
				.filter(p -> p.getAllActors().contains(one) || p.getAllActors().contains(other))
				.findFirst()
				.or(() -> model.getPartnerships().stream().findFirst());
	}
}
