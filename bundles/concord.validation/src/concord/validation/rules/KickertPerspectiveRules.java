package concord.validation.rules;

import static concord.validation.catalogue.Severity.INFO;
import static concord.validation.catalogue.Severity.WARNING;
import static concord.validation.facts.PartnershipFacts.label;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EAttribute;

import concord.model.partnership.AuthorityStructure;
import concord.model.partnership.Governance;
import concord.model.partnership.ManagementPerspective;
import concord.model.partnership.Membership;
import concord.model.partnership.PartnershipPackage.Literals;
import concord.model.partnership.PerspectiveProfile;
import concord.validation.catalogue.QuickFix;
import concord.validation.catalogue.Rule;

/**
 * KP: the classical vs network perspective on public management (Kickert, Klijn &amp; Koppenjan 1997),
 * checked per dimension against the authority structure the model shows.
 */
public final class KickertPerspectiveRules {

	/** The five dimensions of the Kickert table, in the table's order. */
	private static final List<EAttribute> DIMENSIONS = List.of(Literals.PERSPECTIVE_PROFILE__ORGANISATIONAL_SETTING,
			Literals.PERSPECTIVE_PROFILE__GOAL_STRUCTURE, Literals.PERSPECTIVE_PROFILE__ROLE_OF_MANAGER,
			Literals.PERSPECTIVE_PROFILE__MANAGEMENT_TASKS, Literals.PERSPECTIVE_PROFILE__MANAGEMENT_ACTIVITIES);

	private KickertPerspectiveRules() {
	}

	public static List<Rule> rules() {
		return List.of(kp01(), kp02(), kp03(), kp04(), kp05(), kp06());
	}

	static Rule kp01() {
		return Rule.define("KP-01").severity(WARNING).source("S0 Kickert table")
				.message("Partners keep their own authority (divided authority structure), yet the manager is cast as a "
						+ "system controller. In a network setting the manager's role is mediator, process manager and "
						+ "network builder.")
				.check((facts, out) -> {
					PerspectiveProfile perspective = facts.partnership().getPerspective();
					if (authority(facts.governance()) == AuthorityStructure.DIVIDED
							&& is(perspective, Literals.PERSPECTIVE_PROFILE__ROLE_OF_MANAGER, ManagementPerspective.CLASSICAL)) {
						out.report(perspective).feature(Literals.PERSPECTIVE_PROFILE__ROLE_OF_MANAGER).fix(QuickFix.of("Cast the manager's role as network (mediator, process "
								+ "manager, network builder)", PerspectiveProfile.class,
								p -> p.setRoleOfManager(ManagementPerspective.NETWORK)));
					}
				});
	}

	static Rule kp02() {
		return Rule.define("KP-02").severity(WARNING).source("S0 Kickert table")
				.message("Management here is planning and guiding organisational processes (planning, designing, "
						+ "leading), but no single authority can impose plans. Network management works by guiding "
						+ "interactions and providing opportunities.")
				.check((facts, out) -> {
					PerspectiveProfile perspective = facts.partnership().getPerspective();
					if (authority(facts.governance()) == AuthorityStructure.DIVIDED
							&& (is(perspective, Literals.PERSPECTIVE_PROFILE__MANAGEMENT_TASKS, ManagementPerspective.CLASSICAL)
									|| is(perspective, Literals.PERSPECTIVE_PROFILE__MANAGEMENT_ACTIVITIES,
											ManagementPerspective.CLASSICAL))) {
						out.report(perspective);
					}
				});
	}

	static Rule kp03() {
		return Rule.define("KP-03").severity(WARNING).source("S0 Kickert; S2 pull-quote, Conclusions 1")
				.message("Problem and goal definitions vary and keep changing, but management assumes clear goals and "
						+ "well-defined problems. Let goals emerge and be refined as the partners work together.")
				.check((facts, out) -> {
					PerspectiveProfile perspective = facts.partnership().getPerspective();
					boolean changingGoals = is(perspective, Literals.PERSPECTIVE_PROFILE__GOAL_STRUCTURE,
							ManagementPerspective.NETWORK) || facts.complex();
					boolean fixedGoals = is(perspective, Literals.PERSPECTIVE_PROFILE__MANAGEMENT_TASKS,
							ManagementPerspective.CLASSICAL) || facts.partnership().isGoalsPrescribedInAdvance();
					if (changingGoals && fixedGoals) {
						out.report(perspective != null ? perspective : facts.partnership());
					}
				});
	}

	static Rule kp04() {
		return Rule.define("KP-04").severity(INFO).source("S0 Kickert; S1/S3 (command structure, emergency services)")
				.message("There is a single authority structure but the management style is purely network. Where there "
						+ "is a clear line of command (e.g. emergency response), singular leadership and a command "
						+ "structure can be valuable.")
				.check((facts, out) -> {
					PerspectiveProfile perspective = facts.partnership().getPerspective();
					if (authority(facts.governance()) == AuthorityStructure.SINGLE && perspective != null
							&& DIMENSIONS.stream().allMatch(d -> is(perspective, d, ManagementPerspective.NETWORK))) {
						out.report(perspective);
					}
				});
	}

	static Rule kp05() {
		return Rule.define("KP-05").severity(WARNING).source("S0 Kickert + S3 hub (\"each retaining their own management\")")
				.message("Authority is declared single, but {n} partners keep their own management. In the modelled "
						+ "structure, authority is divided.")
				.check((facts, out) -> {
					if (authority(facts.governance()) != AuthorityStructure.SINGLE) {
						return;
					}
					long separate = facts.partnership().getMemberships().stream()
							.filter(Membership::isRetainsOwnManagement).count();
					if (separate >= 2) {
						out.report(facts.governance()).feature(Literals.GOVERNANCE__AUTHORITY_STRUCTURE).with("n", separate).fix(QuickFix.of(
								"Declare the authority structure divided", Governance.class,
								g -> g.setAuthorityStructure(AuthorityStructure.DIVIDED)));
					}
				});
	}

	static Rule kp06() {
		return Rule.define("KP-06").severity(INFO).source("S0 \"Collaborative and traditional leadership\"")
				.message("Hybrid profile: {list}. Hybrids are normal: some leadership challenges are like those in "
						+ "traditional organisations, others need the network perspective. Check the mix is deliberate.")
				.check((facts, out) -> {
					PerspectiveProfile perspective = facts.partnership().getPerspective();
					if (perspective == null) {
						return;
					}
					List<String> cells = new ArrayList<>();
					boolean classical = false;
					boolean network = false;
					for (EAttribute dimension : DIMENSIONS) {
						if (perspective.eIsSet(dimension)) {
							ManagementPerspective value = (ManagementPerspective) perspective.eGet(dimension);
							classical |= value == ManagementPerspective.CLASSICAL;
							network |= value == ManagementPerspective.NETWORK;
							cells.add(label(dimension) + " " + label(value));
						}
					}
					if (classical && network) {
						out.report(perspective).with("list", String.join(", ", cells));
					}
				});
	}

	private static AuthorityStructure authority(Governance governance) {
		return governance != null && governance.isSetAuthorityStructure() ? governance.getAuthorityStructure() : null;
	}

	private static boolean is(PerspectiveProfile perspective, EAttribute dimension, ManagementPerspective value) {
		return perspective != null && perspective.eIsSet(dimension) && perspective.eGet(dimension) == value;
	}
}
