package concord.validation;

import java.nio.file.Path;
import java.util.Objects;

import org.eclipse.emf.common.notify.Notifier;
import org.eclipse.emf.common.notify.impl.AdapterImpl;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.util.EcoreUtil;

/**
 * The rule profile in force for the models of one resource set. Whoever owns the resource set (the
 * CLI with --profile, the workbench with its preference, a template pack) sets it once; validators
 * that only see a model element, such as the language's Xtext validator, look it up here instead of
 * each carrying their own configuration. For a spec read from a file, the profiles that travel with it
 * ({@link SpecProfiles}) lie on top of the owner's, and a profile the user named for this one run
 * (the CLI's --profile) on top of those. Without an owner, the built-in defaults are the base.
 */
public final class ActiveProfile extends AdapterImpl {

	private final RuleProfile base;
	private final RuleProfile top;

	private ActiveProfile(RuleProfile base, RuleProfile top) {
		this.base = base;
		this.top = top;
	}

	/** Makes {@code profile} the base in force for every model in {@code resourceSet}. */
	public static void set(ResourceSet resourceSet, RuleProfile profile) {
		set(resourceSet, profile, null);
	}

	/** {@code base} under the specs' own profiles, and {@code top} (null for none) over them. */
	public static void set(ResourceSet resourceSet, RuleProfile base, RuleProfile top) {
		Objects.requireNonNull(base);
		resourceSet.eAdapters().removeIf(ActiveProfile.class::isInstance);
		resourceSet.eAdapters().add(new ActiveProfile(base, top));
	}

	/** The profile in force for an element, a resource or a resource set; the defaults when none is set. */
	public static RuleProfile of(Notifier context) {
		Resource resource = switch (context) {
		case Resource r -> r;
		case EObject element -> element.eResource();
		default -> null;
		};
		ResourceSet resourceSet = context instanceof ResourceSet set ? set : resource == null ? null : resource.getResourceSet();
		ActiveProfile active = resourceSet != null
				&& EcoreUtil.getExistingAdapter(resourceSet, ActiveProfile.class) instanceof ActiveProfile a ? a : null;
		RuleProfile profile = active == null ? RuleProfile.defaults() : active.base;
		URI uri = resource == null ? null : resource.getURI();
		if (uri != null && uri.isFile()) {
			profile = SpecProfiles.near(Path.of(uri.toFileString())).over(profile);
		}
		return active == null || active.top == null ? profile : profile.then(active.top);
	}

	@Override
	public boolean isAdapterForType(Object type) {
		return type == ActiveProfile.class;
	}
}
