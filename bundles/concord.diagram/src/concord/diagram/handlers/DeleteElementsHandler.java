package concord.diagram.handlers;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.glsp.server.operations.DeleteOperation;

import concord.diagram.model.MapIndex.Link;
import concord.model.partnership.RoleAssignment;
import concord.model.partnership.Tension;

/**
 * Delete on the map removes what the elements show: an actor with everything that cannot stand without
 * it, a membership, an accountability line, a tension; a reference edge (line manager, funder, part-of)
 * is unset; a role or tension edge takes just that actor out of the role or tension.
 */
public class DeleteElementsHandler extends MapOperationHandler<DeleteOperation> {

	@Override
	public String getLabel() {
		return "Delete";
	}

	@Override
	public Optional<Command> createCommand(DeleteOperation operation) {
		List<EObject> removals = new ArrayList<>();
		List<Runnable> unlinks = new ArrayList<>();
		for (String id : operation.getElementIds()) {
			Optional<Link> link = index().link(id);
			if (link.isPresent()) {
				unlinks.add(() -> unlink(link.get()));
				continue;
			}
			index().element(id).ifPresent(element -> {
				EObject party = partyOf(id);
				if (element instanceof RoleAssignment role && party != null && role.getActors().size() > 1) {
					unlinks.add(() -> role.getActors().remove(party));
				} else if (element instanceof Tension tension && party != null && id.contains("->")) {
					unlinks.add(() -> tension.getBetween().remove(party));
				} else {
					removals.add(element);
				}
			});
		}
		if (removals.isEmpty() && unlinks.isEmpty()) {
			return doNothing();
		}
		return Optional.of(map.remove(getLabel(), model -> {
			unlinks.forEach(Runnable::run);
			ModelRemoval.remove(removals);
		}));
	}

	/** The actor at the far end of a role or tension edge ({@code ...<-actor:X} or {@code ...->actor:X}). */
	private EObject partyOf(String edgeId) {
		int arrow = Math.max(edgeId.lastIndexOf("<-"), edgeId.lastIndexOf("->"));
		return arrow < 0 ? null : index().element(edgeId.substring(arrow + 2)).orElse(null);
	}

	private static void unlink(Link link) {
		if (link.feature().isMany()) {
			((List<?>) link.holder().eGet(link.feature())).remove(link.target());
		} else {
			link.holder().eUnset(link.feature());
		}
	}
}
