package concord.validation.facts;

import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.jgrapht.Graph;
import org.jgrapht.Graphs;
import org.jgrapht.alg.connectivity.BiconnectivityInspector;
import org.jgrapht.alg.connectivity.ConnectivityInspector;
import org.jgrapht.alg.scoring.BetweennessCentrality;
import org.jgrapht.graph.AsSubgraph;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.SimpleGraph;

import concord.model.partnership.AccountabilityLine;
import concord.model.partnership.Actor;
import concord.model.partnership.Governance;
import concord.model.partnership.LeaderRole;
import concord.model.partnership.Membership;
import concord.model.partnership.Organisation;
import concord.model.partnership.Partnership;
import concord.model.partnership.Person;
import concord.model.partnership.RoleAssignment;
import concord.model.partnership.Tension;

/**
 * The ties between the actors of one partnership as an undirected graph (JGraphT), for the network rules
 * and the report's metrics: employment, line management, co-ordination, funding, part of, accountability
 * lines, tensions and competition between members. The actors are the members, the people they employ,
 * and everyone the partnership names (roles, leaders, governance, tensions). Membership itself is not a
 * tie: every member is joined to the partnership, which says nothing about who works with whom.
 */
public final class NetworkFacts {

	private final Graph<Actor, DefaultEdge> ties = new SimpleGraph<>(DefaultEdge.class);
	private final Set<Organisation> members = new LinkedHashSet<>();
	private final Map<Actor, Double> betweenness;

	public NetworkFacts(Partnership partnership) {
		for (Membership membership : partnership.getMemberships()) {
			if (membership.getOrganisation() != null) {
				members.add(membership.getOrganisation());
			}
		}
		Set<Actor> actors = actorsOf(partnership);
		actors.forEach(ties::addVertex);
		for (Actor actor : actors) {
			if (actor instanceof Organisation organisation) {
				tie(organisation, organisation.getParent());
			}
			if (actor instanceof Person person) {
				tie(person, person.getEmployer());
				tie(person, person.getLineManager());
				tie(person, person.getCoordinatedBy());
				person.getFundedBy().forEach(funder -> tie(person, funder));
			}
		}
		Governance governance = partnership.getGovernance();
		if (governance != null) {
			for (AccountabilityLine line : governance.getAccountabilityLines()) {
				tie(line.getFrom(), line.getTo());
			}
		}
		for (Tension tension : partnership.getTensions()) {
			for (int i = 0; i < tension.getBetween().size(); i++) {
				for (int j = i + 1; j < tension.getBetween().size(); j++) {
					tie(tension.getBetween().get(i), tension.getBetween().get(j));
				}
			}
		}
		for (Membership membership : partnership.getMemberships()) {
			membership.getCompetesForFundingWith().forEach(other -> tie(membership.getOrganisation(), other.getOrganisation()));
		}
		// Freeman (1977): the share of shortest paths between others that run through an actor
		betweenness = new BetweennessCentrality<>(ties, true).getScores();
	}

	private Set<Actor> actorsOf(Partnership partnership) {
		Set<Actor> actors = new LinkedHashSet<>(members);
		EObject root = partnership.eContainer();
		if (root instanceof concord.model.partnership.PartnershipModel model) {
			model.getActors().stream().filter(a -> a instanceof Person p && members.contains(p.getEmployer())).forEach(actors::add);
		}
		for (RoleAssignment role : partnership.getRoles()) {
			actors.addAll(role.getActors());
		}
		if (partnership.getLeadership() != null) {
			partnership.getLeadership().getLeaders().stream().map(LeaderRole::getActor).forEach(actors::add);
		}
		Governance governance = partnership.getGovernance();
		if (governance != null) {
			actors.add(governance.getCommissioner());
			actors.add(governance.getCoordinator());
			governance.getAccountabilityLines().forEach(line -> {
				actors.add(line.getFrom());
				actors.add(line.getTo());
			});
		}
		partnership.getTensions().forEach(t -> actors.addAll(t.getBetween()));
		actors.remove(null);
		return actors;
	}

	private void tie(Actor one, Actor other) {
		if (one != null && other != null && one != other && ties.containsVertex(one) && ties.containsVertex(other)) {
			ties.addEdge(one, other);
		}
	}

	public Graph<Actor, DefaultEdge> ties() {
		return ties;
	}

	public Set<Organisation> members() {
		return members;
	}

	/** How many others an actor is tied to. */
	public int degree(Actor actor) {
		return ties.containsVertex(actor) ? ties.degreeOf(actor) : 0;
	}

	/** Normalised betweenness (0..1) of each actor. */
	public Map<Actor, Double> betweenness() {
		return betweenness;
	}

	/** The actors whose removal splits the network (articulation points). */
	public Set<Actor> articulationPoints() {
		return new BiconnectivityInspector<>(ties).getCutpoints();
	}

	/** The connected groups of actors. */
	public List<Set<Actor>> components() {
		return new ConnectivityInspector<>(ties).connectedSets();
	}

	/** How many groups of members, once tied, fall apart without {@code cut}: 0 or 1 if none. */
	public int memberGroupsWithout(Actor cut) {
		Set<Actor> rest = new HashSet<>(ties.vertexSet());
		rest.remove(cut);
		int groups = 0;
		for (Set<Actor> component : new ConnectivityInspector<>(new AsSubgraph<>(ties, rest)).connectedSets()) {
			if (component.stream().anyMatch(members::contains)) {
				groups++;
			}
		}
		return groups;
	}

	/** The actors tied to an organisation or to the people it employs, outside those. */
	public Set<Actor> contactsOf(Organisation organisation) {
		Set<Actor> own = withStaff(organisation);
		Set<Actor> contacts = new LinkedHashSet<>();
		for (Actor actor : own) {
			for (DefaultEdge edge : ties.edgesOf(actor)) {
				contacts.add(Graphs.getOppositeVertex(ties, edge, actor));
			}
		}
		contacts.removeAll(own);
		return contacts;
	}

	/** An organisation and the people of this network it employs. */
	public Set<Actor> withStaff(Organisation organisation) {
		Set<Actor> own = new LinkedHashSet<>();
		if (!ties.containsVertex(organisation)) {
			return own;
		}
		own.add(organisation);
		ties.vertexSet().stream().filter(a -> a instanceof Person p && p.getEmployer() == organisation).forEach(own::add);
		return own;
	}
}
