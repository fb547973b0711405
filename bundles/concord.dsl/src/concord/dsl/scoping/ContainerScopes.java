package concord.dsl.scoping;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.scoping.IScope;
import org.eclipse.xtext.scoping.impl.ImportedNamespaceAwareLocalScopeProvider;
import org.eclipse.xtext.util.IResourceScopeCache;
import org.eclipse.xtext.util.Tuples;

import com.google.inject.Inject;

/**
 * Xtext's scoping by qualified names (names relative to each enclosing element, then the other specs),
 * with the scope of each enclosing element built once per kind of target instead of once per reference.
 * Xtext rebuilds the whole chain from the spec's root for every reference it links, so the model's
 * scope of a 100k-element portfolio was built again for each of its tens of thousands of references.
 * The scopes live in the resource's cache, which forgets them on any change of the spec.
 */
public class ContainerScopes extends ImportedNamespaceAwareLocalScopeProvider {

	private static final String KEY = ContainerScopes.class.getName();

	@Inject
	private IResourceScopeCache cache;

	@Override
	public IScope getScope(EObject context, EReference reference) {
		EObject container = context.eContainer();
		Resource resource = context.eResource();
		if (container == null || resource == null) {
			return super.getScope(context, reference);
		}
		IScope enclosing = cache.get(Tuples.create(KEY, container, Tuples.create(reference.getEReferenceType(),
				isIgnoreCase(reference))), resource, () -> getScope(container, reference));
		return getLocalElementsScope(enclosing, context, reference);
	}
}
