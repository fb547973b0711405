package concord.validation.facts;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;

import concord.model.partnership.Actor;
import concord.model.partnership.PartnershipModel;
import concord.model.partnership.Person;

/**
 * Model-wide lookups over the shared actor library, built once per model so that rules about one
 * partnership do not rescan every actor (which would make validation quadratic in models with many
 * partnerships).
 */
public final class ActorIndex {

	private final Map<Person, List<Person>> coordinatedBy = new HashMap<>();

	private ActorIndex(Iterable<? extends Actor> actors) {
		for (Actor actor : actors) {
			if (actor instanceof Person person && person.getCoordinatedBy() != null) {
				coordinatedBy.computeIfAbsent(person.getCoordinatedBy(), c -> new ArrayList<>()).add(person);
			}
		}
	}

	/** Indexes the actors of the model that contains {@code element}; empty outside a PartnershipModel. */
	public static ActorIndex of(EObject element) {
		EObject root = EcoreUtil.getRootContainer(element);
		return new ActorIndex(root instanceof PartnershipModel model ? model.getActors() : List.of());
	}

	/** People whose day-to-day work {@code coordinator} coordinates. */
	public List<Person> coordinatedBy(Person coordinator) {
		return coordinatedBy.getOrDefault(coordinator, Collections.emptyList());
	}
}
