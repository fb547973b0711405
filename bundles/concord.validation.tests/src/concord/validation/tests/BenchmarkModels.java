package concord.validation.tests;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;

import concord.model.partnership.AccountabilityDirection;
import concord.model.partnership.AccountabilityLine;
import concord.model.partnership.Activity;
import concord.model.partnership.AuthorityStructure;
import concord.model.partnership.ChallengeKind;
import concord.model.partnership.CollaborationRole;
import concord.model.partnership.Driver;
import concord.model.partnership.Governance;
import concord.model.partnership.Indicator;
import concord.model.partnership.IndicatorKind;
import concord.model.partnership.IntegrationProfile;
import concord.model.partnership.KeastLevel;
import concord.model.partnership.LeaderRole;
import concord.model.partnership.Leadership;
import concord.model.partnership.Membership;
import concord.model.partnership.NetworkDriver;
import concord.model.partnership.Organisation;
import concord.model.partnership.Outcome;
import concord.model.partnership.Partnership;
import concord.model.partnership.PartnershipFactory;
import concord.model.partnership.PartnershipModel;
import concord.model.partnership.Person;
import concord.model.partnership.PhaseRecord;
import concord.model.partnership.ProcessPhase;
import concord.model.partnership.Resource;
import concord.model.partnership.RoleAssignment;
import concord.model.partnership.Tension;
import concord.model.partnership.WorkingMode;

/**
 * Generated models for the validation benchmark, in two shapes: many ordinary partnerships sharing one
 * actor library, and a single partnership that grows (members, roles, tensions, funding rivalries),
 * which is where an all-pairs rule would show.
 */
public final class BenchmarkModels {

	private static final PartnershipFactory F = PartnershipFactory.eINSTANCE;
	private static final NetworkDriver[] DRIVERS = NetworkDriver.values();

	private BenchmarkModels() {
	}

	/** About {@code elements} elements spread over partnerships of eight members each. */
	public static PartnershipModel manyPartnerships(int elements) {
		PartnershipModel model = F.createPartnershipModel();
		model.setName("benchmark");
		for (int index = 0; size(model) < elements; index++) {
			model.getPartnerships().add(partnership(model, "P" + index, 8));
		}
		return model;
	}

	/** One partnership of about {@code elements} elements. */
	public static PartnershipModel onePartnership(int elements) {
		PartnershipModel model = F.createPartnershipModel();
		// about 12 elements per member (organisation, person, membership, drivers, role, tension, ...)
		model.getPartnerships().add(partnership(model, "Single", Math.max(2, elements / 12)));
		return model;
	}

	public static int size(EObject root) {
		int count = 1;
		for (TreeIterator<EObject> contents = root.eAllContents(); contents.hasNext(); contents.next()) {
			count++;
		}
		return count;
	}

	private static Partnership partnership(PartnershipModel model, String name, int members) {
		Partnership p = F.createPartnership();
		p.setName(name);
		p.setCurrentPhase(ProcessPhase.WORKING_TOGETHER);
		p.getDrivers().add(driver(NetworkDriver.PROBLEM_FOCUSED, 0.6));
		p.getDrivers().add(driver(NetworkDriver.RESOURCE_EXCHANGE, 0.4));
		Governance governance = F.createGovernance();
		governance.setAuthorityStructure(AuthorityStructure.DIVIDED);
		governance.setCoLocated(true);
		p.setGovernance(governance);
		Leadership leadership = F.createLeadership();
		p.setLeadership(leadership);
		p.setCurrentIntegration(profile(KeastLevel.COORDINATION, WorkingMode.CO_ORDINATION));
		p.setTargetIntegration(profile(KeastLevel.COLLABORATION, WorkingMode.COLLABORATION));
		List<Membership> memberships = new ArrayList<>();
		Person coordinator = null;
		for (int i = 0; i < members; i++) {
			Organisation organisation = F.createOrganisation();
			organisation.setName(name + " agency " + i);
			organisation.setRegion("Region " + (i % 3));
			organisation.getProfessions().add("profession " + (i % 4));
			model.getActors().add(organisation);
			Person person = F.createPerson();
			person.setName(name + " worker " + i);
			person.setEmployer(organisation);
			model.getActors().add(person);
			if (coordinator == null) {
				coordinator = person;
				governance.setCoordinator(person);
			} else {
				person.setCoordinatedBy(coordinator);
				person.setLineManager(person);
				person.getFundedBy().add(organisation);
				person.getFundedBy().add(coordinator.getEmployer());
			}
			Membership membership = F.createMembership();
			membership.setOrganisation(organisation);
			membership.setRetainsOwnManagement(true);
			membership.getDrivers().add(driver(DRIVERS[i % DRIVERS.length], 1));
			if (!memberships.isEmpty()) {
				membership.getCompetesForFundingWith().add(memberships.get(memberships.size() - 1));
			}
			memberships.add(membership);
			p.getMemberships().add(membership);

			RoleAssignment role = F.createRoleAssignment();
			role.setRole(CollaborationRole.values()[i % CollaborationRole.values().length]);
			role.getActors().add(person);
			p.getRoles().add(role);

			Tension tension = F.createTension();
			tension.setCategory(ChallengeKind.values()[i % ChallengeKind.values().length]);
			tension.getBetween().add(organisation);
			p.getTensions().add(tension);

			AccountabilityLine line = F.createAccountabilityLine();
			line.setFrom(person);
			line.setTo(organisation);
			line.setDirection(AccountabilityDirection.values()[i % 2]);
			governance.getAccountabilityLines().add(line);

			if (i % 4 == 0) {
				LeaderRole leader = F.createLeaderRole();
				leader.setActor(person);
				leader.setBoundarySpanning(true);
				leadership.getLeaders().add(leader);
				Outcome outcome = F.createOutcome();
				outcome.setStatement("Outcome " + i);
				Indicator indicator = F.createIndicator();
				indicator.setKind(IndicatorKind.SURVEY);
				outcome.getIndicators().add(indicator);
				p.getOutcomes().add(outcome);
				Resource resource = F.createResource();
				resource.setProvidedBy(organisation);
				p.getResources().add(resource);
				Activity activity = F.createActivity();
				activity.setName("Activity " + i);
				activity.setIntegration(profile(KeastLevel.values()[i % 3], WorkingMode.values()[i % 5]));
				p.getActivities().add(activity);
				PhaseRecord phase = F.createPhaseRecord();
				phase.setPhase(ProcessPhase.WORKING_TOGETHER);
				p.getPhases().add(phase);
			}
		}
		return p;
	}

	private static Driver driver(NetworkDriver kind, double weight) {
		Driver driver = F.createDriver();
		driver.setKind(kind);
		driver.setWeight(weight);
		return driver;
	}

	private static IntegrationProfile profile(KeastLevel keast, WorkingMode nz) {
		IntegrationProfile profile = F.createIntegrationProfile();
		profile.setKeast(keast);
		profile.setNz(nz);
		return profile;
	}
}
