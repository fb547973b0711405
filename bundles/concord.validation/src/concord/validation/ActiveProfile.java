package concord.validation;

import java.util.Objects;

import org.eclipse.emf.common.notify.Notifier;
import org.eclipse.emf.common.notify.impl.AdapterImpl;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.util.EcoreUtil;

/**
 * The rule profile in force for the models of one resource set. Whoever owns the resource set (the
 * CLI with --profile, the workbench with its preference, a template pack) sets it once; validators
 * that only see a model element, such as the language's Xtext validator, look it up here instead of
 * each carrying their own configuration. Without one, the built-in defaults apply.
 */
public final class ActiveProfile extends AdapterImpl {

	private final RuleProfile profile;

	private ActiveProfile(RuleProfile profile) {
		this.profile = profile;
	}

	/** Makes {@code profile} the one in force for every model in {@code resourceSet}. */
	public static void set(ResourceSet resourceSet, RuleProfile profile) {
		Objects.requireNonNull(profile);
		resourceSet.eAdapters().removeIf(ActiveProfile.class::isInstance);
		resourceSet.eAdapters().add(new ActiveProfile(profile));
	}

	/** The profile in force for an element, a resource or a resource set; the defaults when none is set. */
	public static RuleProfile of(Notifier context) {
		ResourceSet resourceSet = switch (context) {
		case ResourceSet set -> set;
		case Resource resource -> resource.getResourceSet();
		case EObject element -> element.eResource() == null ? null : element.eResource().getResourceSet();
		default -> null;
		};
		if (resourceSet != null && EcoreUtil.getExistingAdapter(resourceSet, ActiveProfile.class) instanceof ActiveProfile active) {
			return active.profile;
		}
		return RuleProfile.defaults();
	}

	@Override
	public boolean isAdapterForType(Object type) {
		return type == ActiveProfile.class;
	}
}
