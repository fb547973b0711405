package concord.validation.rules;

import static concord.validation.catalogue.Severity.INFO;
import static concord.validation.catalogue.Severity.WARNING;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import concord.model.helpers.ElementNames;
import concord.model.partnership.AccountabilityDirection;
import concord.model.partnership.AccountabilityLine;
import concord.model.partnership.Actor;
import concord.model.partnership.Membership;
import concord.model.partnership.Organisation;
import concord.validation.catalogue.Rule;
import concord.validation.facts.NetworkFacts;

/**
 * NW: the shape of the partnership's network of relations (who is tied to whom by employment, line
 * management, co-ordination, funding, accountability, tensions), read as network analysis reads it.
 * The rules are off in the built-in profile, because most specs record only some of these ties; a
 * profile turns them on with {@code enable NW-*}.
 */
public final class NetworkRules {

	/** Fewer horizontal lines than this are no pattern. */
	private static final int HORIZONTAL_LINES_FOR_A_PATTERN = 2;

	private NetworkRules() {
	}

	public static List<Rule> rules() {
		return List.of(nw01(), nw02(), nw03());
	}

	static Rule nw01() {
		return Rule.define("NW-01").severity(WARNING)
				.source("Freeman (1977), \"A set of measures of centrality based on betweenness\"; Provan & Kenis (2008), \"Modes of network governance\"")
				.message("Without {actor} the members fall apart into {groups} groups with no tie between them: a single point of failure. "
						+ "Add ties that do not run through one actor (joint posts, shared reporting, direct lines between members).")
				.check((facts, out) -> {
					NetworkFacts network = facts.network();
					for (Actor cut : network.articulationPoints()) {
						int groups = network.memberGroupsWithout(cut);
						if (groups >= 2) {
							out.report(cut).with("actor", ElementNames.name(cut)).with("groups", groups);
						}
					}
				});
	}

	static Rule nw02() {
		return Rule.define("NW-02").severity(INFO)
				.source("Provan & Kenis (2008), \"Modes of network governance\" (lead organisation-governed networks)")
				.message("{member} is tied to nobody in the partnership but the lead agency {lead}: the network runs as a hub and spokes. "
						+ "That suits a lead-organisation mode; if members are meant to work with each other, record or build their ties.")
				.check((facts, out) -> {
					Membership lead = facts.governance() == null ? null : facts.governance().getLeadAgency();
					if (lead == null || lead.getOrganisation() == null || facts.partnership().getMemberships().size() < 3) {
						return;
					}
					NetworkFacts network = facts.network();
					Set<Actor> leadSide = network.withStaff(lead.getOrganisation());
					for (Membership membership : facts.partnership().getMemberships()) {
						Organisation member = membership.getOrganisation();
						if (membership == lead || member == null) {
							continue;
						}
						Set<Actor> contacts = network.contactsOf(member);
						if (!contacts.isEmpty() && leadSide.containsAll(contacts)) {
							out.report(membership).with("member", ElementNames.name(member)).with("lead", ElementNames.name(lead));
						}
					}
				});
	}

	static Rule nw03() {
		return Rule.define("NW-03").severity(WARNING)
				.source("6 et al. (2006), via the slides on leading inter-agency working (boundary spanners move between accountabilities); Burt (1992), Structural holes (brokerage)")
				.message("Every horizontal accountability line runs through {actor}: peer accountability rests on one boundary spanner. "
						+ "If {actor} leaves, the members answer to nobody across the partnership; spread the lines or name a deputy.")
				.check((facts, out) -> {
					if (facts.governance() == null) {
						return;
					}
					List<AccountabilityLine> horizontal = new ArrayList<>();
					for (AccountabilityLine line : facts.governance().getAccountabilityLines()) {
						if (line.isSetDirection() && line.getDirection() == AccountabilityDirection.HORIZONTAL) {
							horizontal.add(line);
						}
					}
					if (horizontal.size() < HORIZONTAL_LINES_FOR_A_PATTERN) {
						return;
					}
					Set<Actor> common = ends(horizontal.get(0));
					horizontal.forEach(line -> common.retainAll(ends(line)));
					common.forEach(actor -> out.report(actor).with("actor", ElementNames.name(actor)));
				});
	}

	private static Set<Actor> ends(AccountabilityLine line) {
		Set<Actor> ends = new HashSet<>();
		ends.add(line.getFrom());
		ends.add(line.getTo());
		ends.remove(null);
		return ends;
	}
}
