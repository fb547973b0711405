package concord.dsl.resource;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.resource.IFragmentProvider;
import org.eclipse.xtext.util.IResourceScopeCache;

import com.google.inject.Inject;

/**
 * The URI fragments of a spec's elements ({@code //@actors.20783}, {@code //@partnerships.3/@memberships.1}),
 * the same strings EMF writes, from one walk over the spec. EMF finds an element's position in its list
 * by searching the list, and Xtext's uniqueness check and its diagnostics ask for a fragment once per
 * element and once per finding: with 20,000 actors in one list that was n² steps. The table lives in
 * the resource's cache, which forgets it on any change of the model.
 */
public class ElementFragments implements IFragmentProvider {

	private static final String KEY = ElementFragments.class.getName();

	@Inject
	private IResourceScopeCache cache;

	@Override
	public String getFragment(EObject object, Fallback fallback) {
		Resource resource = object.eResource();
		if (resource == null) {
			return fallback.getFragment(object);
		}
		String fragment = cache.get(KEY, resource, () -> index(resource)).get(object);
		return fragment != null ? fragment : fallback.getFragment(object);
	}

	@Override
	public EObject getEObject(Resource resource, String fragment, Fallback fallback) {
		return fallback.getEObject(fragment); // a path is followed by list positions: no search
	}

	private static Map<EObject, String> index(Resource resource) {
		Map<EObject, String> fragments = new HashMap<>();
		List<EObject> roots = resource.getContents();
		for (int i = 0; i < roots.size(); i++) {
			String root = roots.size() > 1 ? "/" + i : "/";
			fragments.put(roots.get(i), root);
			addContents(roots.get(i), root, fragments);
		}
		return fragments;
	}

	/** EMF's segments for references without keys: {@code @feature.position} in a list, {@code @feature} alone. */
	private static void addContents(EObject parent, String path, Map<EObject, String> fragments) {
		for (EReference containment : parent.eClass().getEAllContainments()) {
			if (containment.isDerived() || !parent.eIsSet(containment)) {
				continue;
			}
			boolean keyed = !containment.getEKeys().isEmpty();
			if (containment.isMany()) {
				List<?> children = (List<?>) parent.eGet(containment, false);
				for (int i = 0; i < children.size(); i++) {
					EObject child = (EObject) children.get(i);
					if (!keyed) {
						add(child, path + "/@" + containment.getName() + "." + i, fragments);
					}
				}
			} else if (!keyed && parent.eGet(containment, false) instanceof EObject child) {
				add(child, path + "/@" + containment.getName(), fragments);
			}
		}
	}

	private static void add(EObject child, String fragment, Map<EObject, String> fragments) {
		fragments.put(child, fragment);
		addContents(child, fragment, fragments);
	}
}
