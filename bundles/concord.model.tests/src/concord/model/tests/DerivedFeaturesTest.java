package concord.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import org.junit.jupiter.api.Test;

import concord.model.partnership.Actor;
import concord.model.partnership.CoProduction;
import concord.model.partnership.CollaborationRole;
import concord.model.partnership.Driver;
import concord.model.partnership.Group;
import concord.model.partnership.Membership;
import concord.model.partnership.NetworkDriver;
import concord.model.partnership.Organisation;
import concord.model.partnership.Partnership;
import concord.model.partnership.PartnershipFactory;
import concord.model.partnership.PartnershipModel;
import concord.model.partnership.PartnershipPackage;
import concord.model.partnership.Person;
import concord.model.partnership.RoleAssignment;
import concord.model.tests.fixtures.UkVictimSupportHub;

class DerivedFeaturesTest {

	private static final PartnershipFactory F = PartnershipFactory.eINSTANCE;

	@Test
	void dominantDriverIsTheHeaviest() {
		PartnershipModel model = UkVictimSupportHub.build();
		assertEquals(NetworkDriver.PROBLEM_FOCUSED, UkVictimSupportHub.hub(model).getDominantDriver());
		assertEquals(NetworkDriver.RESOURCE_EXCHANGE,
				UkVictimSupportHub.membership(model, UkVictimSupportHub.LGBT_SUPPORT).getDominantDriver());
	}

	@Test
	void dominantDriverFollowsWeightChangesAndIsReadReflectively() {
		Partnership partnership = F.createPartnership();
		partnership.getDrivers().add(driver(NetworkDriver.PERSONAL, 0.4));
		Driver learning = driver(NetworkDriver.ORGANISATIONAL_COMPETENCE_AND_LEARNING, 0.6);
		partnership.getDrivers().add(learning);
		assertEquals(NetworkDriver.ORGANISATIONAL_COMPETENCE_AND_LEARNING,
				partnership.eGet(PartnershipPackage.Literals.PARTNERSHIP__DOMINANT_DRIVER));
		learning.setWeight(0.1);
		assertEquals(NetworkDriver.PERSONAL, partnership.getDominantDriver());
	}

	@Test
	void equalWeightsGoToTheDriverListedFirst() {
		Membership membership = F.createMembership();
		membership.getDrivers().add(driver(NetworkDriver.TECHNOLOGY_FOCUSED, 0.5));
		membership.getDrivers().add(driver(NetworkDriver.ECOLOGICAL, 0.5));
		assertEquals(NetworkDriver.TECHNOLOGY_FOCUSED, membership.getDominantDriver());
	}

	@Test
	void noDriversMeansNoDominantDriver() {
		assertNull(F.createPartnership().getDominantDriver());
		Membership membership = F.createMembership();
		membership.getDrivers().add(F.createDriver()); // weight but no kind yet
		assertNull(membership.getDominantDriver());
	}

	@Test
	void allActorsJoinsMembersRolePlayersAndCoProducersOnce() {
		Organisation agency = organisation("Agency");
		Organisation charity = organisation("Charity");
		Person official = F.createPerson();
		official.setName("Official");
		Group families = F.createGroup();
		families.setName("Families");

		Partnership partnership = F.createPartnership();
		partnership.getMemberships().add(member(agency));
		partnership.getMemberships().add(member(charity));
		RoleAssignment entrepreneur = F.createRoleAssignment();
		entrepreneur.setRole(CollaborationRole.PUBLIC_ENTREPRENEUR);
		entrepreneur.getActors().addAll(List.of(official, charity));
		partnership.getRoles().add(entrepreneur);
		RoleAssignment client = F.createRoleAssignment();
		client.setRole(CollaborationRole.ACTIVE_CLIENT);
		client.getActors().add(families);
		partnership.getRoles().add(client);
		CoProduction coProduction = F.createCoProduction();
		coProduction.getParticipants().addAll(List.of(families, official));
		partnership.setCoProduction(coProduction);

		assertEquals(List.<Actor>of(agency, charity, official, families), List.copyOf(partnership.getAllActors()));
	}

	@Test
	void allActorsCannotBeEditedDirectly() {
		Partnership partnership = UkVictimSupportHub.hub(UkVictimSupportHub.build());
		Organisation stranger = organisation("Stranger");
		assertThrows(UnsupportedOperationException.class, () -> partnership.getAllActors().add(stranger));
	}

	@Test
	void hubActorsAreItsMembersAndItsConsultedVictims() {
		PartnershipModel model = UkVictimSupportHub.build();
		List<Actor> actors = UkVictimSupportHub.hub(model).getAllActors();
		assertEquals(12, actors.size(), actors.toString());
		assertEquals(UkVictimSupportHub.actor(model, UkVictimSupportHub.VICTIMS), actors.get(actors.size() - 1));
	}

	private static Driver driver(NetworkDriver kind, double weight) {
		Driver driver = F.createDriver();
		driver.setKind(kind);
		driver.setWeight(weight);
		return driver;
	}

	private static Organisation organisation(String name) {
		Organisation organisation = F.createOrganisation();
		organisation.setName(name);
		return organisation;
	}

	private static Membership member(Organisation organisation) {
		Membership membership = F.createMembership();
		membership.setOrganisation(organisation);
		return membership;
	}
}
