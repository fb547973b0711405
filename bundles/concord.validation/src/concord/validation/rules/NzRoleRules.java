package concord.validation.rules;

import static concord.model.helpers.ElementNames.name;
import static concord.validation.catalogue.Severity.ERROR;
import static concord.validation.catalogue.Severity.INFO;
import static concord.validation.catalogue.Severity.WARNING;
import static concord.validation.facts.PartnershipFacts.label;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import concord.model.helpers.ElementNames;
import concord.model.partnership.Actor;
import concord.model.partnership.ChallengeKind;
import concord.model.partnership.ClientRelation;
import concord.model.partnership.CoProduction;
import concord.model.partnership.CollaborationRole;
import concord.model.partnership.DriverOrigin;
import concord.model.partnership.Group;
import concord.model.partnership.GroupKind;
import concord.model.partnership.Membership;
import concord.model.partnership.NetworkDriver;
import concord.model.partnership.Partnership;
import concord.model.partnership.PartnershipPackage.Literals;
import concord.model.partnership.RoleAssignment;
import concord.model.partnership.Tension;
import concord.validation.catalogue.QuickFix;
import concord.validation.catalogue.Rule;

/** NZ-01 to NZ-10: roles and drivers in the New Zealand study (Ryan, Gill, Eppel &amp; Lips). */
public final class NzRoleRules {

	/** The public entrepreneur, guardian angel and fellow-traveller roles without which 'nothing else can follow'. */
	static final List<CollaborationRole> TRIO = List.of(CollaborationRole.PUBLIC_ENTREPRENEUR,
			CollaborationRole.GUARDIAN_ANGEL, CollaborationRole.FELLOW_TRAVELLER);

	private NzRoleRules() {
	}

	public static List<Rule> rules() {
		return List.of(nz01(), nz02(), nz03(), nz04(), nz05(), nz06(), nz07(), nz08(), nz09(), nz10());
	}

	static Rule nz01() {
		return Rule.define("NZ-01").gap().severity(WARNING, "error if the problem is complex and the target is collaboration")
				.source("S2 Conclusions 2")
				.message("The trio is incomplete (missing: {roles}). Without people playing the public entrepreneur, "
						+ "guardian angel and fellow-traveller roles, the conditions for shared outcomes on complex "
						+ "problems are not present, and 'nothing else can follow'.")
				.check((facts, out) -> {
					List<String> missing = new ArrayList<>();
					for (CollaborationRole role : TRIO) {
						if (facts.roles(role).isEmpty()) {
							missing.add(label(role));
						}
					}
					if (!missing.isEmpty()) {
						out.report(facts.partnership()).with("roles", ElementNames.join(missing))
								.severity(facts.complex() && facts.targetsCollaboration() ? ERROR : WARNING);
					}
				});
	}

	static Rule nz02() {
		return Rule.define("NZ-02").gap().severity(WARNING).source("S2 \"A 'guardian angel'\"")
				.message("The network has moved beyond getting together but has no guardian angel to manage its "
						+ "authorising environment, protect it and decide when to 'go public'.")
				.check((facts, out) -> {
					if (facts.phaseAtLeast(concord.model.partnership.ProcessPhase.WORKING_TOGETHER)
							&& facts.roles(CollaborationRole.GUARDIAN_ANGEL).isEmpty()) {
						out.report(facts.partnership());
					}
				});
	}

	static Rule nz03() {
		return Rule.define("NZ-03").severity(INFO).source("S2 \"A 'guardian angel'\"")
				.message("The guardian angel is recorded as owning the network. Guardian angels 'must not own but get "
						+ "out of the way'; they protect and mentor, they do not lead.")
				.check((facts, out) -> {
					for (RoleAssignment role : facts.roles(CollaborationRole.GUARDIAN_ANGEL)) {
						if (role.isOwnsNetwork()) {
							out.report(role).feature(Literals.ROLE_ASSIGNMENT__OWNS_NETWORK).fix(QuickFix.of("Record that the guardian angel does not own the network",
									RoleAssignment.class, r -> r.setOwnsNetwork(false)));
						}
					}
				});
	}

	static Rule nz04() {
		return Rule.define("NZ-04").severity(WARNING).source("S2 \"'Fellow-travellers'\"")
				.message("{actor} takes part as an agency representative and/or brings no resources. Fellow-travellers "
						+ "put resources on the collective table; turf protection undermines inter-agency work.")
				.check((facts, out) -> {
					for (RoleAssignment role : facts.roles(CollaborationRole.FELLOW_TRAVELLER)) {
						if (role.isActsAsAgencyRepresentative() || role.getResourcesCommitted().isEmpty()) {
							out.report(role).with("actor", name(role));
						}
					}
				});
	}

	static Rule nz05() {
		return Rule.define("NZ-05").severity(WARNING).source("S2 \"'Fellow-travellers'\"")
				.message("A public entrepreneur with no fellow-travellers: no entrepreneur facing a complex policy issue "
						+ "can be effective alone.")
				.check((facts, out) -> {
					List<RoleAssignment> entrepreneurs = facts.roles(CollaborationRole.PUBLIC_ENTREPRENEUR);
					if (!entrepreneurs.isEmpty() && facts.roles(CollaborationRole.FELLOW_TRAVELLER).isEmpty()) {
						out.report(entrepreneurs.get(0));
					}
				});
	}

	static Rule nz06() {
		return Rule.define("NZ-06").severity(WARNING).source("S2 key findings; fellow-travellers")
				.message("Success depends on one person ({actor}). Current successes are 'too reliant on individuals', "
						+ "and restructurings move key people on. Spread the roles.")
				.check((facts, out) -> {
					// Either one actor holds two or more of the trio roles...
					Map<Actor, Set<CollaborationRole>> rolesByActor = new HashMap<>();
					for (CollaborationRole role : TRIO) {
						for (RoleAssignment assignment : facts.roles(role)) {
							for (Actor actor : assignment.getActors()) {
								Set<CollaborationRole> held = rolesByActor.computeIfAbsent(actor,
										a -> EnumSet.noneOf(CollaborationRole.class));
								held.add(role);
								if (held.size() == 2) {
									out.report(assignment).with("actor", name(actor));
									return;
								}
							}
						}
					}
					// ...or every trio role rests on exactly one actor, with no alternate.
					List<Actor> soleHolders = new ArrayList<>();
					for (CollaborationRole role : TRIO) {
						List<RoleAssignment> assignments = facts.roles(role);
						if (assignments.size() != 1 || assignments.get(0).getActors().size() != 1) {
							return;
						}
						soleHolders.add(assignments.get(0).getActors().get(0));
					}
					out.report(facts.partnership()).with("actor", ElementNames.names(soleHolders));
				});
	}

	static Rule nz07() {
		return Rule.define("NZ-07").severity(WARNING).source("S2 \"active client\"; Conclusions 3")
				.message("Clients are not engaged as active participants. For complex problems, co-production with "
						+ "clients often appears to be a precondition: work *with* clients, not *over* or *for* them.")
				.check((facts, out) -> {
					CoProduction coProduction = facts.partnership().getCoProduction();
					boolean withClients = coProduction != null && coProduction.isSetClientRelation()
							&& coProduction.getClientRelation() == ClientRelation.WITH;
					if (facts.complex() && !withClients && facts.roles(CollaborationRole.ACTIVE_CLIENT).isEmpty()) {
						out.report(coProduction != null ? coProduction : facts.partnership());
					}
				});
	}

	static Rule nz08() {
		return Rule.define("NZ-08").gap().severity(WARNING).source("S2 \"active client\"")
				.message("There is a power imbalance between officials and clients and no empowerment measure (resources "
						+ "or removing obstacles) is recorded.")
				.check((facts, out) -> {
					CoProduction coProduction = facts.partnership().getCoProduction();
					if (coProduction != null && coProduction.getEmpowerment() != null
							&& !coProduction.getEmpowerment().isBlank()) {
						return;
					}
					for (Tension tension : facts.partnership().getTensions()) {
						if (tension.isSetCategory() && tension.getCategory() == ChallengeKind.ASYMMETRICAL_POWER_RELATIONS
								&& tension.getBetween().stream().anyMatch(NzRoleRules::isClientGroup)) {
							out.report(tension);
							return;
						}
					}
				});
	}

	private static boolean isClientGroup(Actor actor) {
		return actor instanceof Group group && group.isSetKind() && group.getKind() == GroupKind.CLIENTS_SERVICE_USERS;
	}

	static Rule nz09() {
		return Rule.define("NZ-09").severity(WARNING).source("S2 key findings")
				.message("This partnership exists because it was required from the top, and its members share {lacking}. "
						+ "'Top-down approaches drive out collaboration – remember Circuit Breakers.' Build a shared "
						+ "outcome that partners own.")
				.check((facts, out) -> {
					Partnership p = facts.partnership();
					List<Membership> members = p.getMemberships();
					if (!p.isSetOrigin() || p.getOrigin() != DriverOrigin.TOP_DOWN_REQUIREMENT || members.isEmpty()) {
						return;
					}
					// Only what members say for themselves counts as shared: a member with no drivers of its own
					// has not said it shares the partnership's, and an outcome is shared when every member owns it.
					boolean sharedOutcome = p.getOutcomes().stream().anyMatch(o -> o.getOwnedBy().containsAll(members));
					if (!sharedOutcome && sharedDriver(members) == null) {
						out.report(p).feature(Literals.PARTNERSHIP__ORIGIN).with("lacking", p.getOutcomes().isEmpty()
								? "no driver and no outcome" : "no driver, and no outcome is owned by all of them");
					}
				});
	}

	/** A driver kind every member records among its own drivers, or null. */
	private static NetworkDriver sharedDriver(List<Membership> members) {
		Set<NetworkDriver> common = EnumSet.allOf(NetworkDriver.class);
		for (Membership member : members) {
			Set<NetworkDriver> own = EnumSet.noneOf(NetworkDriver.class);
			member.getDrivers().stream().filter(d -> d.isSetKind()).forEach(d -> own.add(d.getKind()));
			common.retainAll(own);
		}
		return common.isEmpty() ? null : common.iterator().next();
	}

	static Rule nz10() {
		return Rule.define("NZ-10").severity(WARNING).source("S2 pull-quote; Conclusions 1")
				.message("Detailed goals are fixed in advance for a complex problem. In the NZ cases specific goals "
						+ "emerged as staff worked together, and prescribing them up front would often have derailed the "
						+ "process.")
				.check((facts, out) -> {
					if (facts.complex() && facts.partnership().isGoalsPrescribedInAdvance()) {
						out.report(facts.partnership()).feature(Literals.PARTNERSHIP__GOALS_PRESCRIBED_IN_ADVANCE)
								.fix(QuickFix.of("Let the goals emerge (not prescribed in advance)",
								Partnership.class, p -> p.setGoalsPrescribedInAdvance(false)));
					}
				});
	}
}
