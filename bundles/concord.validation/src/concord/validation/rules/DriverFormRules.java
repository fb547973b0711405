package concord.validation.rules;

import static concord.model.helpers.ElementNames.name;
import static concord.validation.catalogue.Severity.INFO;
import static concord.validation.catalogue.Severity.WARNING;
import static concord.validation.facts.PartnershipFacts.label;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import concord.model.catalogue.AttributeLink;
import concord.model.partnership.Actor;
import concord.model.partnership.AttributeEmphasis;
import concord.model.partnership.ChallengeKind;
import concord.model.partnership.Governance;
import concord.model.partnership.LeaderRole;
import concord.model.partnership.Leadership;
import concord.model.partnership.LeadershipAttribute;
import concord.model.partnership.LegitimacyBasis;
import concord.model.partnership.Membership;
import concord.model.partnership.NetworkDriver;
import concord.model.partnership.NetworkForm;
import concord.model.partnership.Organisation;
import concord.model.partnership.Outcome;
import concord.model.partnership.Partnership;
import concord.model.partnership.PartnershipFactory;
import concord.model.partnership.PartnershipPackage.Literals;
import concord.model.partnership.Practice;
import concord.validation.catalogue.QuickFix;
import concord.validation.catalogue.Rule;
import concord.validation.facts.PartnershipFacts;

/**
 * DF: drivers, forms, leadership attributes and challenges (the S0 slides, after 6 et al 2006). The
 * pairings of form, attribute and challenge come from the metamodel's framework catalogue, not from
 * code, so a corrected catalogue changes the advice without touching these rules.
 * <p>
 * One method per rule, each holding its id, severity, source, message and check together; the book
 * is longer than most classes only because the framework has sixteen rules.
 */
public final class DriverFormRules {

	private DriverFormRules() {
	}

	public static List<Rule> rules() {
		return List.of(df01(), df02(), df03(), df04(), df05(), df06(), df07(), df08(), df09(), df10(), df11(),
				df12(), df13(), df14(), df15(), df16());
	}

	static Rule df01() {
		return Rule.define("DF-01").gap().severity(WARNING).source("S0 Implications (2)")
				.message("No drivers are recorded. Say why the partners are working together: drivers shape the form "
						+ "a collaboration takes and the difficulties it will meet.")
				.check((facts, out) -> {
					Partnership p = facts.partnership();
					if (p.getDrivers().isEmpty() && p.getMemberships().stream().allMatch(m -> m.getDrivers().isEmpty())) {
						out.report(p);
					}
				});
	}

	static Rule df02() {
		return Rule.define("DF-02").gap().severity(INFO).source("S0 Caveats; \"Different types of networks\" footer")
				.message("Only one driver is recorded. Collaborations are usually driven by more than one aim, often a "
						+ "mix of the six drivers in changing proportions. Are there secondary drivers?")
				.check((facts, out) -> {
					if (facts.partnership().getDrivers().size() == 1) {
						out.report(facts.partnership().getDrivers().get(0));
					}
				});
	}

	static Rule df03() {
		return Rule.define("DF-03").severity(WARNING).source("S0 \"What does the literature say… (1)\"; Caveats")
				.message("Partners are in this for different reasons ({m1}: {d1}; {m2}: {d2}). When drivers differ "
						+ "between members, they may see a mismatch between the partnership's aim and its structure. "
						+ "Make the settlement between partners explicit.")
				.check((facts, out) -> {
					// One pass: the first member with a driver, then the first that differs from it.
					Membership first = null;
					NetworkDriver firstDriver = null;
					for (Membership member : facts.partnership().getMemberships()) {
						NetworkDriver driver = facts.dominantDriver(member);
						if (driver == null) {
							continue;
						}
						if (first == null) {
							first = member;
							firstDriver = driver;
						} else if (driver != firstDriver) {
							out.report(member).with("m1", name(first)).with("d1", label(firstDriver))
									.with("m2", name(member)).with("d2", label(driver));
							return;
						}
					}
				});
	}

	static Rule df04() {
		return Rule.define("DF-04").severity(WARNING).source("S0 forms table + lit. slide (aim/structure mismatch)")
				.message("The declared network form is '{form}', but the strongest driver is '{driver}'. The structure "
						+ "may not fit what actually drives this partnership.")
				.check((facts, out) -> {
					NetworkForm declared = facts.declaredForm();
					NetworkDriver dominant = facts.dominantDriver();
					if (declared == null || dominant == null) {
						return;
					}
					facts.frameworks().formFor(dominant).filter(fitting -> fitting != declared).ifPresent(fitting -> out
							.report(facts.partnership()).feature(Literals.PARTNERSHIP__FORM).with("form", label(declared)).with("driver", label(dominant))
							.fix(QuickFix.of("Declare the form '" + label(fitting) + "'", Partnership.class,
									p -> p.setForm(fitting))));
				});
	}

	static Rule df05() {
		return Rule.define("DF-05").severity(INFO).source("S0 six theories vs five forms")
				.message("The main driver is 'Personal' (connections between individuals). The five-form framework has "
						+ "no form, leadership attribute or typical challenge for this driver, so no form-specific "
						+ "guidance is available.")
				.check((facts, out) -> {
					if (facts.dominantDriver() == NetworkDriver.PERSONAL) {
						out.report(facts.partnership());
					}
				});
	}

	static Rule df06() {
		return Rule.define("DF-06").severity(WARNING)
				.source("S0 \"Use of drivers, forms, attributes and challenges framework\"")
				.message("This network exists to exchange resources but has no shared framework (e.g. partners have "
						+ "different expectations or budget cycles). Resource-exchange networks struggle without one.")
				.check((facts, out) -> {
					if (facts.effectiveForm() != NetworkForm.RESOURCE_EXCHANGE) {
						return;
					}
					Governance governance = facts.governance();
					boolean noFramework = governance == null || !governance.isSharedFramework();
					if (noFramework || facts.hasTensionCategory(Set.of(ChallengeKind.LACK_OF_SHARED_FRAMEWORK))
							|| budgetCyclesDiffer(facts.partnership())) {
						var report = out.report(governance != null ? governance : facts.partnership());
						if (governance != null && noFramework) {
							report.feature(Literals.GOVERNANCE__SHARED_FRAMEWORK);
							report.fix(QuickFix.of("Record that the partners have agreed a shared framework",
									Governance.class, g -> g.setSharedFramework(true)));
						}
					}
				});
	}

	private static boolean budgetCyclesDiffer(Partnership partnership) {
		Set<String> cycles = new HashSet<>();
		for (Membership member : partnership.getMemberships()) {
			Organisation organisation = member.getOrganisation();
			if (organisation != null && organisation.getBudgetCycle() != null && !organisation.getBudgetCycle().isBlank()) {
				cycles.add(organisation.getBudgetCycle().trim());
			}
		}
		return cycles.size() > 1;
	}

	static Rule df07() {
		return Rule.define("DF-07").severity(INFO).source("S0 \"Use of drivers, forms, attributes and challenges framework\"")
				.message("Resource-exchange networks tend to put predictability and integrity (trust) first in their "
						+ "leadership. Your leadership profile does not emphasise it.")
				.check((facts, out) -> formAttributeNotEmphasised(facts, out, NetworkForm.RESOURCE_EXCHANGE));
	}

	static Rule df08() {
		return Rule.define("DF-08").severity(WARNING).source("S0 \"Use of drivers, forms, attributes and challenges framework\"")
				.message("A network set up to exploit a niche can be undermined by complex accountability and "
						+ "communication. Here: {complexity}. Keep the lines of accountability few and agree how the "
						+ "partners communicate.")
				.check((facts, out) -> {
					if (facts.effectiveForm() != NetworkForm.EXPLOITATION_OF_NICHE) {
						return;
					}
					Governance governance = facts.governance();
					List<String> complexity = new ArrayList<>();
					// A route is one line of accountability from someone to someone; two people answering to the
					// same body are two routes.
					Set<List<Actor>> routes = new HashSet<>();
					if (governance != null) {
						governance.getAccountabilityLines().forEach(line -> routes.add(Arrays.asList(line.getFrom(), line.getTo())));
					}
					if (routes.size() > 1) {
						complexity.add(routes.size() + " separate accountability routes");
					}
					if (governance == null || governance.getCommunicationMechanisms().isEmpty()) {
						complexity.add("no agreed communication mechanism");
					}
					if (facts.hasTensionCategory(Set.of(ChallengeKind.COMPLEXITY_OF_ACCOUNTABILITY_AND_COMMUNICATION))) {
						complexity.add("a recorded challenge of complex accountability and communication");
					}
					if (!complexity.isEmpty()) {
						out.report(governance != null ? governance : facts.partnership())
								.with("complexity", String.join("; ", complexity));
					}
				});
	}

	static Rule df09() {
		return Rule.define("DF-09").severity(INFO).source("S0 \"Use of drivers, forms, attributes and challenges framework\"")
				.message("Niche-exploiting networks tend to put entrepreneurialism first in their leaders.")
				.check((facts, out) -> formAttributeNotEmphasised(facts, out, NetworkForm.EXPLOITATION_OF_NICHE));
	}

	static Rule df10() {
		return Rule.define("DF-10").severity(INFO).source("S0 forms table, rows 3–5 (positional)").inference()
				.message("In the drivers/forms/attributes framework, '{form}' is paired with the attribute '{attr}' and "
						+ "the typical challenge '{challenge}'. (Pairing read from the table layout; treat as a prompt.)")
				.check((facts, out) -> {
					NetworkForm form = facts.effectiveForm();
					// Rows 1 and 2 are confirmed by worked examples and have their own rules (DF-06 to DF-09).
					if (form != null && form != NetworkForm.RESOURCE_EXCHANGE && form != NetworkForm.EXPLOITATION_OF_NICHE) {
						formAttributeNotEmphasised(facts, out, form);
					}
				});
	}

	/** The attribute the catalogue pairs with {@code form} is not emphasised although the form applies. */
	private static void formAttributeNotEmphasised(PartnershipFacts facts, concord.validation.catalogue.FindingSink out,
			NetworkForm form) {
		if (facts.effectiveForm() != form) {
			return;
		}
		AttributeLink link = facts.frameworks().attributeFor(form);
		if (link == null || facts.emphasises(link.attribute())) {
			return;
		}
		LeadershipAttribute attribute = link.attribute();
		String challenge = facts.frameworks().challengesFor(form).stream().map(c -> label(c.challenge()))
				.reduce((a, b) -> a + "' or '" + b).orElse("(none)");
		out.report(facts.partnership()).with("form", label(form)).with("attr", label(attribute))
				.with("challenge", challenge)
				.fix(QuickFix.of("Emphasise '" + label(attribute) + "' in the leadership profile", Partnership.class,
						p -> emphasise(p, attribute)));
	}

	private static void emphasise(Partnership partnership, LeadershipAttribute attribute) {
		if (partnership.getLeadership() == null) {
			partnership.setLeadership(PartnershipFactory.eINSTANCE.createLeadership());
		}
		AttributeEmphasis emphasis = PartnershipFactory.eINSTANCE.createAttributeEmphasis();
		emphasis.setAttribute(attribute);
		partnership.getLeadership().getEmphasis().add(emphasis);
	}

	static Rule df11() {
		return Rule.define("DF-11").severity(INFO).source("S0 challenges column")
				.message("Partners' legitimacy rests on different bases (elected vs non-elected). Watch for asymmetrical "
						+ "perceptions of legitimacy, the 'democratic deficit'.")
				.check((facts, out) -> {
					boolean elected = false;
					boolean other = false;
					for (Membership member : facts.partnership().getMemberships()) {
						Organisation organisation = member.getOrganisation();
						if (organisation != null && organisation.isSetLegitimacyBasis()) {
							elected |= organisation.getLegitimacyBasis() == LegitimacyBasis.ELECTED;
							other |= organisation.getLegitimacyBasis() != LegitimacyBasis.ELECTED;
						}
					}
					if (elected && other) {
						out.report(facts.partnership());
					}
				});
	}

	static Rule df12() {
		return Rule.define("DF-12").gap().severity(WARNING).source("S0 challenges; Implications (2)")
				.message("{m} controls the budget but no settlement between partners is recorded. Asymmetrical power "
						+ "relations, driven by organisational self-interest, are a known challenge. Think through the "
						+ "settlement, because it determines the form and how power can be exercised.")
				.check((facts, out) -> {
					Governance governance = facts.governance();
					if (governance != null && governance.getSettlement() != null && !governance.getSettlement().isBlank()) {
						return;
					}
					for (Membership member : facts.partnership().getMemberships()) {
						if (member.isControlsBudget()) {
							out.report(member).feature(Literals.MEMBERSHIP__CONTROLS_BUDGET).with("m", name(member));
						}
					}
				});
	}

	static Rule df13() {
		return Rule.define("DF-13").severity(INFO).source("S0 challenges")
				.message("Partners come from different professions. Divergent professional discourses are a recurring "
						+ "challenge. Record how they will be reconciled.")
				.check((facts, out) -> {
					if (facts.hasTensionCategory(Set.of(ChallengeKind.DIVERGENT_PROFESSIONAL_DISCOURSES))) {
						return;
					}
					// Linear stand-in for "disjoint professions": no profession is shared by every member that
					// records professions (see docs/rules.md).
					Set<String> common = null;
					int members = 0;
					for (Membership member : facts.partnership().getMemberships()) {
						Organisation organisation = member.getOrganisation();
						if (organisation == null || organisation.getProfessions().isEmpty()) {
							continue;
						}
						members++;
						Set<String> professions = new HashSet<>(organisation.getProfessions());
						if (common == null) {
							common = professions;
						} else {
							common.retainAll(professions);
						}
					}
					if (members >= 2 && common.isEmpty()) {
						out.report(facts.partnership());
					}
				});
	}

	static Rule df14() {
		return Rule.define("DF-14").severity(INFO).source("S0 lit. slide (1); Implications (2)")
				.message("Whatever the form, different leadership attributes matter at different points of the "
						+ "collaboration life-cycle. Consider varying the emphasis by phase.")
				.check((facts, out) -> {
					Leadership leadership = facts.partnership().getLeadership();
					if (leadership != null && !leadership.getEmphasis().isEmpty()
							&& leadership.getEmphasis().stream().noneMatch(AttributeEmphasis::isSetPhase)) {
						out.report(leadership);
					}
				});
	}

	static Rule df15() {
		return Rule.define("DF-15").gap().severity(INFO).source("S0 \"Collaborative and traditional leadership\"")
				.message("No boundary-spanning post (e.g. a joint appointment or coordinator) is modelled. Such posts are "
						+ "a common way to handle the complexity of working across boundaries.")
				.check((facts, out) -> {
					Partnership p = facts.partnership();
					boolean post = facts.leaders().stream().anyMatch(LeaderRole::isBoundarySpanning)
							|| facts.governance() != null && facts.governance().getCoordinator() != null
							|| p.getPractices().contains(Practice.JOINT_APPOINTMENT);
					if (p.getMemberships().size() >= 2 && !post) {
						out.report(p);
					}
				});
	}

	static Rule df16() {
		return Rule.define("DF-16").severity(INFO).source("S0 Implications (1)")
				.message("Avoid overstating the leader's role. Be realistic about which leadership produces which "
						+ "results in which circumstances.")
				.check((facts, out) -> {
					List<Outcome> outcomes = facts.partnership().getOutcomes();
					if (outcomes.isEmpty()) {
						return;
					}
					Set<Actor> leaders = new HashSet<>();
					facts.leaders().forEach(l -> leaders.add(l.getActor()));
					if (outcomes.stream().allMatch(o -> o.getAttributedTo().size() == 1
							&& leaders.contains(o.getAttributedTo().get(0)))) {
						out.report(facts.partnership());
					}
				});
	}
}
