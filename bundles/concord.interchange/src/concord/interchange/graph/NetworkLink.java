package concord.interchange.graph;

import java.util.Map;

/**
 * A relation between two nodes (member of, employed by, accountable to, ...). A class and not a record:
 * JGraphT keeps edges in sets, and two equal-looking relations (two accountability lines between the same
 * people) are still two edges.
 */
public final class NetworkLink {

	private final String kind;
	private final Map<String, String> attributes;

	public NetworkLink(String kind, Map<String, String> attributes) {
		this.kind = kind;
		this.attributes = Map.copyOf(attributes);
	}

	public String kind() {
		return kind;
	}

	/** More about the relation: a member's role, an accountability line's label and direction. */
	public Map<String, String> attributes() {
		return attributes;
	}
}
