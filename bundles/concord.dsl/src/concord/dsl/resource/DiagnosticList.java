package concord.dsl.resource;

import java.util.HashMap;
import java.util.Map;

import org.eclipse.emf.common.notify.Notifier;
import org.eclipse.emf.common.notify.impl.NotifyingListImpl;
import org.eclipse.emf.ecore.resource.Resource;

/**
 * A resource's errors or warnings that answer {@code contains} and {@code indexOf} from a count of
 * equal diagnostics instead of comparing each one. Xtext's lazy linker asks {@code contains} before it
 * adds each unresolved reference and {@code remove} for each one that resolves: over a plain list that
 * made a spec with 20,000 unresolved names take 40 s (equal messages share a long prefix).
 */
final class DiagnosticList extends NotifyingListImpl<Resource.Diagnostic> {

	private static final long serialVersionUID = 1L;

	private final transient Resource owner;
	private final int featureId;
	private final transient Map<Resource.Diagnostic, Integer> counts = new HashMap<>();

	DiagnosticList(Resource owner, int featureId) {
		this.owner = owner;
		this.featureId = featureId;
	}

	@Override
	public boolean contains(Object object) {
		return counts.containsKey(object);
	}

	@Override
	public int indexOf(Object object) {
		return counts.containsKey(object) ? super.indexOf(object) : -1;
	}

	@Override
	protected void didAdd(int index, Resource.Diagnostic added) {
		super.didAdd(index, added);
		counts.merge(added, 1, Integer::sum);
	}

	@Override
	protected void didRemove(int index, Resource.Diagnostic removed) {
		super.didRemove(index, removed);
		counts.computeIfPresent(removed, (d, n) -> n == 1 ? null : n - 1);
	}

	@Override
	protected void didSet(int index, Resource.Diagnostic added, Resource.Diagnostic removed) {
		super.didSet(index, added, removed);
		counts.computeIfPresent(removed, (d, n) -> n == 1 ? null : n - 1);
		counts.merge(added, 1, Integer::sum);
	}

	@Override
	protected void didClear(int size, Object[] oldObjects) {
		super.didClear(size, oldObjects);
		counts.clear();
	}

	@Override
	public void clear() {
		super.clear();
		counts.clear();
	}

	// As ResourceImpl's own lists: notifications go out from the resource, when anyone listens.
	@Override
	protected boolean isNotificationRequired() {
		return owner.eDeliver() && !owner.eAdapters().isEmpty();
	}

	@Override
	public Notifier getNotifier() {
		return owner;
	}

	@Override
	public int getFeatureID() {
		return featureId;
	}
}
