package concord.diagram.handlers;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import org.eclipse.emf.ecore.EObject;

import concord.diagram.gmodel.MapTypes;
import concord.model.partnership.AccountabilityDirection;
import concord.model.partnership.AccountabilityLine;
import concord.model.partnership.Actor;
import concord.model.partnership.Partnership;
import concord.model.partnership.PartnershipFactory;
import concord.model.partnership.PartnershipModel;

/**
 * Palette: the source actor is accountable to the target, vertically (hierarchy) or horizontally
 * (to peers); the line goes into the governance of the partnership they take part in.
 */
public class CreateAccountabilityLineHandler extends MapCreateEdgeHandler {

	@Override
	public List<String> getHandledElementTypeIds() {
		return MapTypes.accountabilityCreations();
	}

	@Override
	public String getLabel() {
		return "Accountability";
	}

	@Override
	protected Optional<Consumer<PartnershipModel>> connect(String elementTypeId, EObject source, EObject target) {
		if (!(source instanceof Actor from) || !(target instanceof Actor to) || from == to) {
			return Optional.empty();
		}
		AccountabilityDirection direction = AccountabilityDirection.VALUES.stream()
				.filter(d -> MapTypes.accountabilityCreation(d).equals(elementTypeId)).findFirst().orElse(AccountabilityDirection.VERTICAL);
		return Partnerships.joining(model(), from, to).map(partnership -> model -> {
			AccountabilityLine line = PartnershipFactory.eINSTANCE.createAccountabilityLine();
			line.setFrom(from);
			line.setTo(to);
			line.setDirection(direction);
			governed(partnership).getAccountabilityLines().add(line);
		});
	}

	private static concord.model.partnership.Governance governed(Partnership partnership) {
		if (partnership.getGovernance() == null) {
			partnership.setGovernance(PartnershipFactory.eINSTANCE.createGovernance());
		}
		return partnership.getGovernance();
	}
}
