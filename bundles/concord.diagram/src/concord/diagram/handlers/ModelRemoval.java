package concord.diagram.handlers;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature.Setting;
import org.eclipse.emf.ecore.util.EcoreUtil;

/**
 * Removes model objects so that the spec still reads: a reference to a removed object is dropped from a
 * list or unset, and an object that cannot exist without it (a membership without its organisation, an
 * accountability line without one of its ends, a role nobody plays) is removed too.
 */
final class ModelRemoval {

	private ModelRemoval() {
	}

	static void remove(Collection<? extends EObject> elements) {
		if (elements.isEmpty()) {
			return;
		}
		EObject root = EcoreUtil.getRootContainer(elements.iterator().next());
		Set<EObject> doomed = new LinkedHashSet<>();
		Deque<EObject> pending = new ArrayDeque<>(elements);
		while (!pending.isEmpty()) {
			EObject element = pending.pop();
			if (!doomed.add(element)) {
				continue;
			}
			doomed.addAll(toList(element));
			for (EObject gone : withContents(element)) {
				for (Setting setting : EcoreUtil.UsageCrossReferencer.find(gone, root)) {
					EObject holder = setting.getEObject();
					EReference reference = (EReference) setting.getEStructuralFeature();
					if (reference.isDerived() || !reference.isChangeable() || doomed.contains(holder)) {
						continue;
					}
					if (needs(holder, reference, gone)) {
						pending.push(holder);
					}
				}
			}
		}
		for (EObject element : doomed) {
			for (Setting setting : EcoreUtil.UsageCrossReferencer.find(element, root)) {
				EObject holder = setting.getEObject();
				EReference reference = (EReference) setting.getEStructuralFeature();
				if (reference.isDerived() || !reference.isChangeable() || doomed.contains(holder)) {
					continue;
				}
				if (reference.isMany()) {
					((Collection<?>) holder.eGet(reference)).remove(element);
				} else {
					holder.eUnset(reference);
				}
			}
		}
		for (EObject element : doomed) {
			if (element.eContainer() != null && !doomed.contains(element.eContainer())) {
				EcoreUtil.remove(element);
			}
		}
	}

	/** Whether {@code holder} cannot stand once {@code gone} is removed from {@code reference}. */
	private static boolean needs(EObject holder, EReference reference, EObject gone) {
		if (reference.getLowerBound() < 1) {
			return false;
		}
		if (!reference.isMany()) {
			return true;
		}
		Collection<?> values = (Collection<?>) holder.eGet(reference);
		return values.stream().allMatch(v -> v == gone);
	}

	private static List<EObject> toList(EObject element) {
		List<EObject> all = new ArrayList<>();
		element.eAllContents().forEachRemaining(all::add);
		return all;
	}

	private static List<EObject> withContents(EObject element) {
		List<EObject> all = new ArrayList<>();
		all.add(element);
		all.addAll(toList(element));
		return all;
	}
}
