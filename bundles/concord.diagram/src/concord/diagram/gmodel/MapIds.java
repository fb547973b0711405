package concord.diagram.gmodel;

import org.eclipse.emf.ecore.EReference;

import concord.model.helpers.ElementNames;
import concord.model.partnership.Actor;
import concord.model.partnership.Partnership;

/**
 * Ids of map elements, made from names and positions in the spec rather than from memory addresses, so
 * that they stay the same when the text is parsed again and can key the layout sidecar.
 */
public final class MapIds {

	private static final String NAME_LABEL = "#name";

	private MapIds() {
	}

	public static String partnership(Partnership partnership) {
		return partnershipNamed(ElementNames.name(partnership));
	}

	public static String actor(Actor actor) {
		return actorNamed(ElementNames.name(actor));
	}

	public static String actorNamed(String name) {
		return "actor:" + name;
	}

	public static String partnershipNamed(String name) {
		return "partnership:" + name;
	}

	public static String nameLabel(String ownerId) {
		return ownerId + NAME_LABEL;
	}

	/** The element whose name a label shows, if it is a name label. */
	public static String ownerOfNameLabel(String labelId) {
		return labelId.endsWith(NAME_LABEL) ? labelId.substring(0, labelId.length() - NAME_LABEL.length()) : null;
	}

	static String membership(String partnershipId, String organisationId) {
		return "membership:" + partnershipId + "->" + organisationId;
	}

	static String role(String partnershipId, int index, String actorId) {
		return "role:" + partnershipId + "/" + index + "<-" + actorId;
	}

	static String accountability(String partnershipId, int index) {
		return "accountability:" + partnershipId + "/" + index;
	}

	static String tension(String partnershipId, int index) {
		return "tension:" + partnershipId + "/" + index;
	}

	static String tensionLane(String partnershipId) {
		return "tensions:" + partnershipId;
	}

	static String handledBy(String tensionId, String actorId) {
		return tensionId + "=handled-by=>" + actorId;
	}

	static String tensionParty(String tensionId, String actorId) {
		return tensionId + "->" + actorId;
	}

	static String link(String sourceId, EReference feature, String targetId) {
		return feature.getName() + ":" + sourceId + "->" + targetId;
	}
}
