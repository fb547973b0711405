package concord.cli.commands;

import java.io.PrintWriter;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import concord.model.helpers.ElementNames;
import concord.model.partnership.Actor;
import concord.model.partnership.Partnership;
import concord.model.partnership.PartnershipModel;
import concord.validation.facts.NetworkFacts;

import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code concord network}: the network metrics the NW rules read, per partnership, for a report. */
@Command(name = "network", mixinStandardHelpOptions = true, sortOptions = false,
		description = { "Print each partnership's network of ties (employment, line management, co-ordination, funding,",
				"part of, accountability, tensions, competition): groups, articulation points, and each actor's degree and",
				"betweenness (Freeman 1977), highest first." })
public final class NetworkCommand extends ListingCommand {

	@Parameters(index = "0", paramLabel = "SPEC", description = "The spec (.partnership, XMI, JSON or git:REV:path).")
	String input;

	@Override
	protected int list(boolean json, PrintWriter out) throws Exception {
		PartnershipModel model = SpecModels.read(input);
		ObjectMapper mapper = ListFormat.mapper();
		ArrayNode partnerships = mapper.createArrayNode();
		for (Partnership partnership : model.getPartnerships()) {
			NetworkFacts network = new NetworkFacts(partnership);
			List<Actor> ranked = network.ties().vertexSet().stream()
					.sorted(Comparator.comparing((Actor a) -> -network.betweenness().getOrDefault(a, 0.0)).thenComparing(ElementNames::name)).toList();
			List<String> cuts = network.articulationPoints().stream().map(ElementNames::name).sorted().toList();
			if (json) {
				ObjectNode entry = partnerships.addObject().put("partnership", partnership.getName())
						.put("actors", ranked.size()).put("ties", network.ties().edgeSet().size()).put("groups", network.components().size());
				cuts.forEach(entry.putArray("articulationPoints")::add);
				ArrayNode actors = entry.putArray("metrics");
				for (Actor actor : ranked) {
					actors.addObject().put("actor", ElementNames.name(actor)).put("degree", network.degree(actor))
							.put("betweenness", round(network.betweenness(), actor));
				}
			} else {
				out.println("partnership \"" + partnership.getName() + "\": " + ranked.size() + " actors, " + network.ties().edgeSet().size()
						+ " ties, " + network.components().size() + (network.components().size() == 1 ? " group" : " groups"));
				out.println("  articulation points: " + (cuts.isEmpty() ? "none" : String.join(", ", cuts)));
				for (Actor actor : ranked) {
					out.printf("  %-50s degree %2d  betweenness %.3f%n", ElementNames.name(actor), network.degree(actor),
							round(network.betweenness(), actor));
				}
			}
		}
		if (json) {
			out.println(mapper.writeValueAsString(partnerships));
		}
		return 0;
	}

	private static double round(Map<Actor, Double> scores, Actor actor) {
		return Math.round(scores.getOrDefault(actor, 0.0) * 1000) / 1000.0;
	}
}
