package concord.diagram.handlers;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import org.eclipse.emf.ecore.EObject;

import concord.diagram.gmodel.MapTypes;
import concord.model.partnership.Actor;
import concord.model.partnership.PartnershipFactory;
import concord.model.partnership.PartnershipModel;
import concord.model.partnership.Tension;

/**
 * Palette: a tension between two actors, in the partnership they take part in. Its kind is left open
 * for the consultant to name in the spec; a line from a tension to an actor adds that actor to it.
 */
public class CreateTensionHandler extends MapCreateEdgeHandler {

	@Override
	public List<String> getHandledElementTypeIds() {
		return List.of(MapTypes.TENSION_PARTY);
	}

	@Override
	public String getLabel() {
		return "Tension";
	}

	@Override
	protected Optional<Consumer<PartnershipModel>> connect(String elementTypeId, EObject source, EObject target) {
		if (source instanceof Tension tension && target instanceof Actor party && !tension.getBetween().contains(party)) {
			return Optional.of(model -> tension.getBetween().add(party));
		}
		if (!(source instanceof Actor one) || !(target instanceof Actor other) || one == other) {
			return Optional.empty();
		}
		return Partnerships.joining(model(), one, other).map(partnership -> model -> {
			Tension tension = PartnershipFactory.eINSTANCE.createTension();
			tension.getBetween().add(one);
			tension.getBetween().add(other);
			partnership.getTensions().add(tension);
		});
	}
}
