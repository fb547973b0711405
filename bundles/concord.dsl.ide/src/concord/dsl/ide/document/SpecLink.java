package concord.dsl.ide.document;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.InternalEObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.util.InternalEList;
import org.eclipse.xtext.resource.XtextResource;

/**
 * A reference between two elements of one spec, or from a spec into a neighbour, by addresses that
 * survive reading the text again after a rename. A membership is known by its organisation's name as the text writes it, so when the
 * organisation is renamed the change serializer sees no membership renamed, and "competes-with" or
 * "lead-agency" would keep the old name. The links taken before a rename tell which references the
 * rename broke, so that they can be pointed at their element again, which writes its new name.
 */
record SpecLink(String holder, EReference feature, int index, URI target) {

	/** Every resolved reference inside {@code resource} between two of its elements. */
	static List<SpecLink> all(XtextResource resource) {
		return into(resource, resource);
	}

	/** Every resolved reference from an element of {@code resource} to an element of {@code into}. */
	@SuppressWarnings("unchecked")
	static List<SpecLink> into(XtextResource resource, Resource into) {
		List<SpecLink> links = new ArrayList<>();
		resource.getAllContents().forEachRemaining(holder -> {
			for (EReference feature : holder.eClass().getEAllReferences()) {
				if (feature.isContainment() || feature.isContainer() || feature.isDerived() || !feature.isChangeable()) {
					continue;
				}
				List<EObject> targets = feature.isMany() ? ((InternalEList<EObject>) holder.eGet(feature, false)).basicList()
						: Collections.singletonList((EObject) holder.eGet(feature, false));
				for (int i = 0; i < targets.size(); i++) {
					EObject target = targets.get(i);
					if (target != null && !target.eIsProxy() && target.eResource() == into) {
						links.add(new SpecLink(resource.getURIFragment(holder), feature, feature.isMany() ? i : -1,
								into.getURI().appendFragment(into.getURIFragment(target))));
					}
				}
			}
		});
		return links;
	}

	/** The changes that point again at their element the links that resolved before and no longer do in {@code resource}. */
	@SuppressWarnings("unchecked")
	static List<Runnable> repairs(List<SpecLink> links, XtextResource resource) {
		List<Runnable> repairs = new ArrayList<>();
		for (SpecLink link : links) {
			EObject holder = resource.getEObject(link.holder());
			EObject target = resource.getResourceSet().getEObject(link.target(), true);
			EObject held = holder == null ? null : link.held(holder);
			if (target != null && held != null && held.eIsProxy()) {
				repairs.add(() -> {
					if (link.index() < 0) {
						holder.eSet(link.feature(), target);
					} else {
						((List<EObject>) holder.eGet(link.feature())).set(link.index(), target);
					}
				});
			}
		}
		return repairs;
	}

	/** Makes each link hold a proxy no element answers to, without recording it as a change of the text. */
	@SuppressWarnings("unchecked")
	static void stale(List<SpecLink> links, XtextResource resource) {
		for (SpecLink link : links) {
			EObject holder = resource.getEObject(link.holder());
			EObject held = holder == null ? null : link.held(holder);
			if (held == null) {
				continue;
			}
			InternalEObject proxy = (InternalEObject) EcoreUtil.create(held.eClass());
			proxy.eSetProxyURI(link.target().trimFragment().appendFragment("stale" + link.target().fragment()));
			if (link.index() < 0) {
				holder.eSet(link.feature(), proxy);
			} else {
				((InternalEList<EObject>) holder.eGet(link.feature(), false)).setUnique(link.index(), proxy);
			}
		}
	}

	/** The element the link now holds in the re-read model, unresolved (a proxy) when its name went stale. */
	@SuppressWarnings("unchecked")
	private EObject held(EObject from) {
		Object value = from.eGet(feature, false);
		if (index < 0) {
			return (EObject) value;
		}
		List<EObject> values = ((InternalEList<EObject>) value).basicList();
		return index < values.size() ? values.get(index) : null;
	}
}
