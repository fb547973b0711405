package concord.interchange.graph;

import java.util.Map;

/** An actor or a partnership as a node of the exported network: a stable id, its name, its type and attributes. */
public record NetworkNode(String id, String label, String type, Map<String, String> attributes) {
}
