package concord.diagram.gmodel;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import org.eclipse.emf.ecore.EObject;

import concord.dsl.ide.document.SpecDocument;
import concord.model.partnership.AccountabilityDirection;
import concord.model.partnership.AccountabilityLine;
import concord.model.partnership.Actor;
import concord.model.partnership.CollaborationRole;
import concord.model.partnership.Governance;
import concord.model.partnership.MemberRole;
import concord.model.partnership.Membership;
import concord.model.partnership.Organisation;
import concord.model.partnership.Partnership;
import concord.model.partnership.PartnershipFactory;
import concord.model.partnership.PartnershipModel;
import concord.model.partnership.PartnershipPackage.Literals;
import concord.model.partnership.RoleAssignment;
import concord.model.partnership.Tension;

/**
 * Which edges of the map may join which nodes, and what drawing one means for the spec: the one table
 * that the client's type hints, the palette's edge creation and the reconnection of edges read.
 */
public final class MapEdges {

	private static final PartnershipFactory MAKE = PartnershipFactory.eINSTANCE;
	private static final List<String> ACTORS_AND_PARTNERSHIP = List.of(MapTypes.ORGANISATION, MapTypes.PERSON, MapTypes.GROUP,
			MapTypes.PARTNERSHIP);
	private static final List<String> ACTORS_AND_TENSION = List.of(MapTypes.ORGANISATION, MapTypes.PERSON, MapTypes.GROUP,
			MapTypes.TENSION);

	/** What drawing (or reconnecting) an edge between two model elements changes in the spec, if they can be joined so. */
	@FunctionalInterface
	public interface Joining {
		Optional<Consumer<SpecDocument>> join(PartnershipModel model, EObject source, EObject target);
	}

	/**
	 * One kind of edge as the palette or the consultant's dragging makes it.
	 *
	 * @param type    the element type id: the palette's creation type (e.g. {@code edge:role:guardian-angel}),
	 *                or the drawn type of an edge that is only reconnected
	 * @param sources the node types the edge may start at
	 * @param targets the node types it may end at
	 * @param create  the change a new edge of this kind makes; null for edges that are drawn from the
	 *                spec but not created on the map
	 */
	public record EdgeKind(String type, List<String> sources, List<String> targets, Joining create) {

		public boolean isCreatable() {
			return create != null;
		}
	}

	private static final List<EdgeKind> KINDS = kinds();

	private MapEdges() {
	}

	/** Every kind, in palette order. */
	public static List<EdgeKind> all() {
		return KINDS;
	}

	/** The kinds the palette creates. */
	public static List<EdgeKind> creatable() {
		return KINDS.stream().filter(EdgeKind::isCreatable).toList();
	}

	public static Optional<EdgeKind> of(String type) {
		return KINDS.stream().filter(kind -> kind.type().equals(type)).findFirst();
	}

	/**
	 * The change that moves the ends of the edge showing {@code shown} (a membership or an accountability
	 * line) to {@code source} and {@code target}, if they fit the relation.
	 */
	public static Optional<Consumer<SpecDocument>> reconnect(EObject shown, EObject source, EObject target) {
		if (shown instanceof Membership membership && source instanceof Partnership partnership
				&& target instanceof Organisation organisation) {
			return change(model -> {
				membership.setOrganisation(organisation);
				if (membership.eContainer() != partnership) {
					partnership.getMemberships().add(membership);
				}
			});
		}
		if (shown instanceof AccountabilityLine line && source instanceof Actor from && target instanceof Actor to && from != to) {
			return change(model -> {
				line.setFrom(from);
				line.setTo(to);
			});
		}
		return Optional.empty();
	}

	private static List<EdgeKind> kinds() {
		List<EdgeKind> kinds = new ArrayList<>();
		List<String> organisations = List.of(MapTypes.PARTNERSHIP, MapTypes.ORGANISATION);
		kinds.add(new EdgeKind(MapTypes.MEMBERSHIP, organisations, organisations, MapEdges::membership));
		for (CollaborationRole role : CollaborationRole.VALUES) {
			kinds.add(new EdgeKind(MapTypes.roleCreation(role), ACTORS_AND_PARTNERSHIP, ACTORS_AND_PARTNERSHIP,
					(model, source, target) -> role(role, source, target)));
		}
		kinds.add(new EdgeKind(MapTypes.ROLE, MapTypes.ACTORS, List.of(MapTypes.PARTNERSHIP), null));
		for (AccountabilityDirection direction : AccountabilityDirection.VALUES) {
			kinds.add(new EdgeKind(MapTypes.accountabilityCreation(direction), MapTypes.ACTORS, MapTypes.ACTORS,
					(model, source, target) -> accountability(model, direction, source, target)));
		}
		kinds.add(new EdgeKind(MapTypes.ACCOUNTABILITY, MapTypes.ACTORS, MapTypes.ACTORS, null));
		kinds.add(new EdgeKind(MapTypes.TENSION_PARTY, ACTORS_AND_TENSION, MapTypes.ACTORS, MapEdges::tension));
		kinds.add(new EdgeKind(MapTypes.LINE_MANAGEMENT, List.of(MapTypes.PERSON), List.of(MapTypes.PERSON), null));
		kinds.add(new EdgeKind(MapTypes.FUNDING, List.of(MapTypes.PERSON), MapTypes.ACTORS, null));
		kinds.add(new EdgeKind(MapTypes.HANDLED_BY, List.of(MapTypes.TENSION), MapTypes.ACTORS, null));
		kinds.add(new EdgeKind(MapTypes.PART_OF, List.of(MapTypes.ORGANISATION), List.of(MapTypes.ORGANISATION), null));
		return List.copyOf(kinds);
	}

	/** An organisation becomes a partner of a partnership (drawn either way round), on the line after the last member. */
	private static Optional<Consumer<SpecDocument>> membership(PartnershipModel model, EObject source, EObject target) {
		Partnership partnership = either(source, target, Partnership.class);
		Organisation organisation = either(source, target, Organisation.class);
		if (partnership == null || organisation == null
				|| partnership.getMemberships().stream().anyMatch(m -> m.getOrganisation() == organisation)) {
			return Optional.empty();
		}
		return Optional.of(doc -> {
			Membership membership = MAKE.createMembership();
			membership.setOrganisation(organisation);
			membership.setRole(MemberRole.PARTNER);
			doc.add(partnership, Literals.PARTNERSHIP__MEMBERSHIPS, membership);
		});
	}

	/** An actor plays a collaboration role in a partnership; an actor already in that role is not added twice. */
	private static Optional<Consumer<SpecDocument>> role(CollaborationRole role, EObject source, EObject target) {
		Partnership partnership = either(source, target, Partnership.class);
		Actor actor = either(source, target, Actor.class);
		if (partnership == null || actor == null
				|| partnership.getRoles().stream().anyMatch(r -> r.getRole() == role && r.getActors().contains(actor))) {
			return Optional.empty();
		}
		return change(model -> {
			RoleAssignment assignment = MAKE.createRoleAssignment();
			assignment.setRole(role);
			assignment.getActors().add(actor);
			partnership.getRoles().add(assignment);
		});
	}

	/** The source actor is accountable to the target, in the governance of the partnership they take part in. */
	private static Optional<Consumer<SpecDocument>> accountability(PartnershipModel model, AccountabilityDirection direction,
			EObject source, EObject target) {
		if (!(source instanceof Actor from) || !(target instanceof Actor to) || from == to) {
			return Optional.empty();
		}
		return Partnerships.joining(model, from, to).flatMap(partnership -> change(edited -> {
			AccountabilityLine line = MAKE.createAccountabilityLine();
			line.setFrom(from);
			line.setTo(to);
			line.setDirection(direction);
			governance(partnership).getAccountabilityLines().add(line);
		}));
	}

	/**
	 * A tension between two actors, in the partnership they take part in; its kind is left for the
	 * consultant to name in the spec. A line from a tension to an actor adds that actor to it.
	 */
	private static Optional<Consumer<SpecDocument>> tension(PartnershipModel model, EObject source, EObject target) {
		if (source instanceof Tension tension && target instanceof Actor party) {
			return tension.getBetween().contains(party) ? Optional.empty() : change(edited -> tension.getBetween().add(party));
		}
		if (!(source instanceof Actor one) || !(target instanceof Actor other) || one == other) {
			return Optional.empty();
		}
		return Partnerships.joining(model, one, other).flatMap(partnership -> change(edited -> {
			Tension tension = MAKE.createTension();
			tension.getBetween().add(one);
			tension.getBetween().add(other);
			partnership.getTensions().add(tension);
		}));
	}

	private static Governance governance(Partnership partnership) {
		if (partnership.getGovernance() == null) {
			partnership.setGovernance(MAKE.createGovernance());
		}
		return partnership.getGovernance();
	}

	private static <T> T either(EObject source, EObject target, Class<T> type) {
		return type.isInstance(source) ? type.cast(source) : type.isInstance(target) ? type.cast(target) : null;
	}

	/** A model change written through the change serializer, following renamed names. */
	private static Optional<Consumer<SpecDocument>> change(Consumer<PartnershipModel> change) {
		return Optional.of(doc -> doc.apply(change, true));
	}
}
