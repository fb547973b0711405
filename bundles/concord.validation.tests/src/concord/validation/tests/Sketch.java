package concord.validation.tests;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceImpl;

import concord.model.partnership.Actor;
import concord.model.partnership.AttributeEmphasis;
import concord.model.partnership.CoProduction;
import concord.model.partnership.CollaborationRole;
import concord.model.partnership.ContextFactor;
import concord.model.partnership.Driver;
import concord.model.partnership.Governance;
import concord.model.partnership.Group;
import concord.model.partnership.GroupKind;
import concord.model.partnership.IntegrationProfile;
import concord.model.partnership.LeaderRole;
import concord.model.partnership.Leadership;
import concord.model.partnership.LeadershipAttribute;
import concord.model.partnership.Membership;
import concord.model.partnership.NetworkDriver;
import concord.model.partnership.Organisation;
import concord.model.partnership.Outcome;
import concord.model.partnership.Partnership;
import concord.model.partnership.PartnershipFactory;
import concord.model.partnership.PartnershipModel;
import concord.model.partnership.PartnershipPackage;
import concord.model.partnership.PerspectiveProfile;
import concord.model.partnership.Person;
import concord.model.partnership.PhaseRecord;
import concord.model.partnership.Problem;
import concord.model.partnership.ProcessPhase;
import concord.model.partnership.RoleAssignment;
import concord.model.partnership.Tension;

/**
 * A small in-memory partnership for rule tests: a model with one partnership of two members,
 * "Agency A" and "Agency B", and nothing else. Helpers add exactly what a test needs, creating
 * containers (governance, leadership, profiles) on first use.
 */
final class Sketch {

	static final PartnershipFactory F = PartnershipFactory.eINSTANCE;

	PartnershipModel model = F.createPartnershipModel();
	Partnership p = F.createPartnership();

	private Sketch() {
		model.setName("Sketch");
		p.setName("Test partnership");
		model.getPartnerships().add(p);
		member("Agency A");
		member("Agency B");
	}

	/** The two-member baseline. */
	static Sketch partnership() {
		return new Sketch();
	}

	// ---------------------------------------------------------------- actors and members

	Organisation org(String name) {
		for (Actor actor : model.getActors()) {
			if (actor instanceof Organisation organisation && name.equals(actor.getName())) {
				return organisation;
			}
		}
		Organisation organisation = F.createOrganisation();
		organisation.setName(name);
		model.getActors().add(organisation);
		return organisation;
	}

	Person person(String name) {
		Person person = F.createPerson();
		person.setName(name);
		model.getActors().add(person);
		return person;
	}

	Group group(String name, GroupKind kind) {
		Group group = F.createGroup();
		group.setName(name);
		group.setKind(kind);
		model.getActors().add(group);
		return group;
	}

	Membership member(String name) {
		for (Membership membership : p.getMemberships()) {
			if (membership.getOrganisation().getName().equals(name)) {
				return membership;
			}
		}
		Membership membership = F.createMembership();
		membership.setOrganisation(org(name));
		p.getMemberships().add(membership);
		return membership;
	}

	Membership a() {
		return member("Agency A");
	}

	Membership b() {
		return member("Agency B");
	}

	// ---------------------------------------------------------------- partnership parts

	Driver driver(NetworkDriver kind, double weight) {
		return driver(p.getDrivers(), kind, weight);
	}

	Driver driver(Membership member, NetworkDriver kind, double weight) {
		return driver(member.getDrivers(), kind, weight);
	}

	private static Driver driver(List<Driver> owner, NetworkDriver kind, double weight) {
		Driver driver = F.createDriver();
		driver.setKind(kind);
		driver.setWeight(weight);
		owner.add(driver);
		return driver;
	}

	/** A wicked problem, so that {@code complex(P)} holds. */
	Problem wicked() {
		Problem problem = F.createProblem();
		problem.setStatement("A wicked problem");
		problem.setWicked(true);
		p.setProblem(problem);
		return problem;
	}

	Governance governance() {
		if (p.getGovernance() == null) {
			p.setGovernance(F.createGovernance());
		}
		return p.getGovernance();
	}

	Leadership leadership() {
		if (p.getLeadership() == null) {
			p.setLeadership(F.createLeadership());
		}
		return p.getLeadership();
	}

	LeaderRole leader(Actor actor) {
		LeaderRole leader = F.createLeaderRole();
		leader.setActor(actor);
		leadership().getLeaders().add(leader);
		return leader;
	}

	AttributeEmphasis emphasis(LeadershipAttribute attribute) {
		AttributeEmphasis emphasis = F.createAttributeEmphasis();
		emphasis.setAttribute(attribute);
		leadership().getEmphasis().add(emphasis);
		return emphasis;
	}

	PerspectiveProfile perspective() {
		if (p.getPerspective() == null) {
			p.setPerspective(F.createPerspectiveProfile());
		}
		return p.getPerspective();
	}

	IntegrationProfile current() {
		if (p.getCurrentIntegration() == null) {
			p.setCurrentIntegration(F.createIntegrationProfile());
		}
		return p.getCurrentIntegration();
	}

	IntegrationProfile target() {
		if (p.getTargetIntegration() == null) {
			p.setTargetIntegration(F.createIntegrationProfile());
		}
		return p.getTargetIntegration();
	}

	RoleAssignment role(CollaborationRole kind, Actor... actors) {
		RoleAssignment role = F.createRoleAssignment();
		role.setRole(kind);
		role.getActors().addAll(List.of(actors));
		p.getRoles().add(role);
		return role;
	}

	Tension tension() {
		Tension tension = F.createTension();
		tension.setDescription("a tension");
		p.getTensions().add(tension);
		return tension;
	}

	Outcome outcome(String statement) {
		Outcome outcome = F.createOutcome();
		outcome.setStatement(statement);
		p.getOutcomes().add(outcome);
		return outcome;
	}

	concord.model.partnership.Resource resource() {
		concord.model.partnership.Resource resource = F.createResource();
		resource.setDescription("a resource");
		p.getResources().add(resource);
		return resource;
	}

	PhaseRecord phase(ProcessPhase phase) {
		PhaseRecord record = F.createPhaseRecord();
		record.setPhase(phase);
		p.getPhases().add(record);
		return record;
	}

	ContextFactor factor() {
		ContextFactor factor = F.createContextFactor();
		p.getContextFactors().add(factor);
		return factor;
	}

	CoProduction coProduction() {
		if (p.getCoProduction() == null) {
			p.setCoProduction(F.createCoProduction());
		}
		return p.getCoProduction();
	}

	// ---------------------------------------------------------------- files

	/**
	 * Saves the model as XMI, applies a textual edit (as a hand-edited or foreign file would carry) and
	 * loads it back into this sketch. Load errors stay on the resource, as they do for a real file.
	 */
	Sketch reloadedWithEdit(String from, String to) {
		try {
			ResourceSet resources = new ResourceSetImpl();
			resources.getPackageRegistry().put(PartnershipPackage.eNS_URI, PartnershipPackage.eINSTANCE);
			Resource saved = new XMIResourceImpl(URI.createURI("memory:/sketch.xmi"));
			resources.getResources().add(saved);
			saved.getContents().add(model);
			ByteArrayOutputStream bytes = new ByteArrayOutputStream();
			saved.save(bytes, Map.of());
			String text = bytes.toString(StandardCharsets.UTF_8);
			if (!text.contains(from)) {
				throw new IllegalStateException("Edit target '" + from + "' not in:\n" + text);
			}
			Resource loaded = new XMIResourceImpl(URI.createURI("memory:/edited.xmi"));
			resources.getResources().add(loaded);
			try {
				loaded.load(new ByteArrayInputStream(text.replace(from, to).getBytes(StandardCharsets.UTF_8)), Map.of());
			} catch (IOException expected) {
				// The loader reports rejected values after loading everything else; they stay in getErrors().
			}
			model = (PartnershipModel) loaded.getContents().get(0);
			p = model.getPartnerships().get(0);
			return this;
		} catch (IOException e) {
			throw new IllegalStateException(e);
		}
	}
}
