package concord.model.resource;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature.Setting;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;

/**
 * References of a loaded model (XMI, JSON) that lead nowhere: to a file that is missing, does not read
 * or lacks the element, or to a place {@link LocalFilesOnly} does not read. EMF leaves such a reference
 * as an empty proxy, which a report would show as "(unnamed Organisation)"; here each becomes a
 * sentence naming the reference as written.
 */
public final class DanglingReferences {

	/**
	 * @param holder    the element whose reference is dangling
	 * @param reference the feature, e.g. a membership's {@code organisation}
	 * @param message   e.g. "its organisation refers to 'missing.partnership.xmi#_x', but there is no such file"
	 */
	public record Dangling(EObject holder, EReference reference, String message) {
	}

	private DanglingReferences() {
	}

	/** Resolves every reference of the resource (through its resource set's handlers) and lists those that fail. */
	public static List<Dangling> of(Resource resource) {
		EcoreUtil.resolveAll(resource);
		List<Dangling> dangling = new ArrayList<>();
		for (Map.Entry<EObject, Collection<Setting>> entry : EcoreUtil.UnresolvedProxyCrossReferencer.find(resource).entrySet()) {
			URI target = EcoreUtil.getURI(entry.getKey());
			for (Setting setting : entry.getValue()) {
				// Derived references (a partnership's allActors) repeat what their sources hold: name the source.
				if (setting.getEStructuralFeature() instanceof EReference reference && !reference.isDerived()
						&& !reference.isTransient()) {
					dangling.add(new Dangling(setting.getEObject(), reference, "its " + reference.getName() + " refers to '"
							+ written(target, resource) + "', but " + why(target, resource)));
				}
			}
		}
		return dangling;
	}

	private static String written(URI target, Resource from) {
		return from.getURI() != null && target.isFile() && from.getURI().isFile() ? target.deresolve(from.getURI()).toString()
				: target.toString();
	}

	private static String why(URI target, Resource from) {
		LocalFilesOnly local = from.getResourceSet() == null ? null : LocalFilesOnly.of(from.getResourceSet()).orElse(null);
		URI file = target.trimFragment();
		if (local != null && !local.allows(file)) {
			return local.refusal(file) + ", so it was not read";
		}
		if (file.isFile() && !java.nio.file.Files.exists(java.nio.file.Path.of(file.toFileString()))) {
			return "there is no such file";
		}
		Resource other = from.getResourceSet() == null ? null : from.getResourceSet().getResource(file, false);
		if (other == null || !other.isLoaded()) {
			return "that file could not be read";
		}
		if (!other.getErrors().isEmpty()) {
			return "that file does not read (" + other.getErrors().get(0).getMessage() + ")";
		}
		return (other == from ? "this file" : "that file") + " has no element '" + target.fragment() + "'";
	}
}
