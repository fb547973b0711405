package concord.validation.facts;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;

import concord.model.catalogue.FrameworkCatalogue;
import concord.model.catalogue.LiteralDoc;
import concord.model.helpers.PartnershipQueries;
import concord.model.partnership.CollaborationRole;
import concord.model.partnership.Governance;
import concord.model.partnership.IntegrationProfile;
import concord.model.partnership.KeastLevel;
import concord.model.partnership.LeaderRole;
import concord.model.partnership.Leadership;
import concord.model.partnership.LeadershipAttribute;
import concord.model.partnership.LeadershipStyle;
import concord.model.partnership.Membership;
import concord.model.partnership.NetworkDriver;
import concord.model.partnership.NetworkForm;
import concord.model.partnership.Partnership;
import concord.model.partnership.Problem;
import concord.model.partnership.ProblemDomain;
import concord.model.partnership.ProcessPhase;
import concord.model.partnership.RoleAssignment;
import concord.model.partnership.Tension;
import concord.model.partnership.WorkingMode;

/**
 * What the rules ask about one partnership, computed once. Rule checks look things up here instead
 * of scanning the model again, which keeps validation linear in the size of the model. Derived
 * helpers follow the digest's definitions ({@code complex(P)}, {@code dominant}, {@code formFor},
 * {@code roles(r)}).
 */
public final class PartnershipFacts {


	private final Partnership partnership;
	private final ActorIndex actors;
	private final FrameworkCatalogue frameworks = FrameworkCatalogue.standard();
	private Map<CollaborationRole, List<RoleAssignment>> rolesByKind;
	private Set<LeadershipAttribute> emphasised;
	private NetworkFacts network;

	/** Facts about a partnership whose model has been indexed in {@code actors}. */
	public PartnershipFacts(Partnership partnership, ActorIndex actors) {
		this.partnership = partnership;
		this.actors = actors;
	}

	/** The ties between the partnership's actors, built on first use (only the network rules ask). */
	public NetworkFacts network() {
		if (network == null) {
			network = new NetworkFacts(partnership);
		}
		return network;
	}

	/** Facts about a partnership, indexing its model on the spot. */
	public PartnershipFacts(Partnership partnership) {
		this(partnership, ActorIndex.of(partnership));
	}

	public Partnership partnership() {
		return partnership;
	}

	/** The framework mappings (forms, attributes, challenges, integration cross-walk) of the metamodel. */
	public FrameworkCatalogue frameworks() {
		return frameworks;
	}

	/** Model-wide lookups over actors, e.g. who a coordinator coordinates. */
	public ActorIndex actors() {
		return actors;
	}

	/** {@code complex(P)}: a wicked problem, or one in the complex or chaotic domain (Kurtz &amp; Snowden). */
	public boolean complex() {
		Problem problem = partnership.getProblem();
		return problem != null && (problem.isWicked() || problem.isSetDomain()
				&& (problem.getDomain() == ProblemDomain.COMPLEX || problem.getDomain() == ProblemDomain.CHAOTIC));
	}

	/** The heaviest partnership-level driver, or null when none is recorded. */
	public NetworkDriver dominantDriver() {
		return PartnershipQueries.dominantDriver(partnership.getDrivers());
	}

	/**
	 * A member's dominant driver: its own when it records any, else the partnership's, since a member
	 * that states no reasons of its own is taken to share the partnership's.
	 */
	public NetworkDriver dominantDriver(Membership membership) {
		NetworkDriver own = PartnershipQueries.dominantDriver(membership.getDrivers());
		return own != null ? own : dominantDriver();
	}

	/** The declared network form, or null. */
	public NetworkForm declaredForm() {
		return partnership.isSetForm() ? partnership.getForm() : null;
	}

	/** {@code effectiveForm(P)}: the declared form, else the form the dominant driver shapes; may be null. */
	public NetworkForm effectiveForm() {
		NetworkForm declared = declaredForm();
		if (declared != null) {
			return declared;
		}
		NetworkDriver dominant = dominantDriver();
		return dominant == null ? null : frameworks.formFor(dominant).orElse(null);
	}

	/** {@code roles(r)}: the role assignments of one kind, in model order. */
	public List<RoleAssignment> roles(CollaborationRole role) {
		if (rolesByKind == null) {
			rolesByKind = new EnumMap<>(CollaborationRole.class);
			for (RoleAssignment assignment : partnership.getRoles()) {
				if (assignment.isSetRole()) {
					rolesByKind.computeIfAbsent(assignment.getRole(), r -> new ArrayList<>()).add(assignment);
				}
			}
		}
		return rolesByKind.getOrDefault(role, Collections.emptyList());
	}

	/** Null-safe access to the governance. */
	public Governance governance() {
		return partnership.getGovernance();
	}

	/** Null-safe leaders. */
	public List<LeaderRole> leaders() {
		Leadership leadership = partnership.getLeadership();
		return leadership == null ? List.of() : leadership.getLeaders();
	}

	/** The leadership styles, empty when no leadership is modelled. */
	public Set<LeadershipStyle> styles() {
		Leadership leadership = partnership.getLeadership();
		return leadership == null || leadership.getStyles().isEmpty() ? EnumSet.noneOf(LeadershipStyle.class)
				: EnumSet.copyOf(leadership.getStyles());
	}

	/**
	 * Whether the leadership emphasises {@code attribute} ({@code emphasis(X)} in the digest): in the
	 * partnership's leadership profile, or as an attribute of one of its leaders, since the slides speak of
	 * what leaders of such networks show.
	 */
	public boolean emphasises(LeadershipAttribute attribute) {
		if (emphasised == null) {
			emphasised = EnumSet.noneOf(LeadershipAttribute.class);
			Leadership leadership = partnership.getLeadership();
			if (leadership != null) {
				leadership.getEmphasis().stream().filter(e -> e.isSetAttribute())
						.forEach(e -> emphasised.add(e.getAttribute()));
				leadership.getLeaders().forEach(leader -> emphasised.addAll(leader.getAttributes()));
			}
		}
		return emphasised.contains(attribute);
	}

	/** The current phase, or null when not recorded. */
	public ProcessPhase currentPhase() {
		return partnership.isSetCurrentPhase() ? partnership.getCurrentPhase() : null;
	}

	/** True when the current phase is recorded and is {@code phase} or later. */
	public boolean phaseAtLeast(ProcessPhase phase) {
		ProcessPhase current = currentPhase();
		return current != null && current.compareTo(phase) >= 0;
	}

	/** The current integration profile, possibly null. */
	public IntegrationProfile current() {
		return partnership.getCurrentIntegration();
	}

	/** The target integration profile, possibly null. */
	public IntegrationProfile target() {
		return partnership.getTargetIntegration();
	}

	/** True when the target reaches collaboration on the Keast or the NZ scale. */
	public boolean targetsCollaboration() {
		IntegrationProfile target = target();
		return target != null && (target.isSetKeast() && target.getKeast() == KeastLevel.COLLABORATION
				|| target.isSetNz() && target.getNz() == WorkingMode.COLLABORATION);
	}

	/** Tensions recorded with a framework challenge category. */
	public boolean hasTensionCategory(Collection<?> categories) {
		for (Tension tension : partnership.getTensions()) {
			if (tension.isSetCategory() && categories.contains(tension.getCategory())) {
				return true;
			}
		}
		return false;
	}

	// ---------------------------------------------------------------- wording helpers for messages

	/** Whether a feature holds a value: for unsettable enumerations, whether it was set at all. */
	public static boolean isSet(EObject object, EStructuralFeature feature) {
		return object != null && object.eIsSet(feature);
	}

	/** The source's own label of a literal, e.g. "merger and integration". */
	public static String label(Enumerator literal) {
		return literal == null ? "(none)" : LiteralDoc.of(literal).label();
	}

	/** The label of a feature, e.g. "goal structure" for PerspectiveProfile.goalStructure. */
	public static String label(EStructuralFeature feature) {
		return LiteralDoc.of(feature).label();
	}
}
