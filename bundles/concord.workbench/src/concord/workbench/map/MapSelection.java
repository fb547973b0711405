package concord.workbench.map;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.IAdaptable;
import org.eclipse.core.runtime.ListenerList;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.ISelectionChangedListener;
import org.eclipse.jface.viewers.ISelectionProvider;
import org.eclipse.jface.viewers.SelectionChangedEvent;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.ui.views.properties.IPropertySource;

import concord.diagram.gmodel.MapIds;
import concord.dsl.ide.document.SpecDocument;
import concord.model.partnership.Actor;
import concord.model.partnership.Partnership;
import concord.model.partnership.PartnershipModel;
import concord.workbench.language.PartnershipLanguage;
import concord.workbench.properties.ElementProperties;

/**
 * What is selected on the map, as the workbench sees it: the organisations, people, groups and
 * partnerships behind the selected nodes, read from the saved spec, so that Properties and Hints show
 * them. (Values are changed on the map or in the text, so here they are shown only.)
 */
final class MapSelection implements ISelectionProvider {

	/** One element selected on the map. */
	record Selected(EObject element) implements IAdaptable {
		@Override
		public <T> T getAdapter(Class<T> adapter) {
			if (adapter == EObject.class) {
				return adapter.cast(element);
			}
			if (adapter == IPropertySource.class) {
				return adapter.cast(new ElementProperties(element, null));
			}
			return null;
		}
	}

	private final ListenerList<ISelectionChangedListener> listeners = new ListenerList<>();
	private ISelection selection = StructuredSelection.EMPTY;

	/** Takes the ids the page reports and tells the workbench what they stand for; returns those elements. */
	List<EObject> selectShown(Path spec, List<String> ids) {
		List<Selected> selected = new ArrayList<>();
		if (!ids.isEmpty()) {
			try {
				PartnershipModel model = SpecDocument.open(spec, PartnershipLanguage.injector()).model();
				if (model != null) {
					for (Actor actor : model.getActors()) {
						if (ids.contains(MapIds.actor(actor))) {
							selected.add(new Selected(actor));
						}
					}
					for (Partnership partnership : model.getPartnerships()) {
						if (ids.contains(MapIds.partnership(partnership))) {
							selected.add(new Selected(partnership));
						}
					}
				}
			} catch (IOException | RuntimeException unreadable) {
				// a spec that does not read has nothing to show; the map says why
			}
		}
		setSelection(new StructuredSelection(selected));
		return selected.stream().map(Selected::element).toList();
	}

	/** The id of the map node that shows {@code element}, or of the nearest element around it that has one. */
	static String shownAs(EObject element) {
		for (EObject e = element; e != null; e = e.eContainer()) {
			if (e instanceof Actor actor) {
				return MapIds.actor(actor);
			}
			if (e instanceof Partnership partnership) {
				return MapIds.partnership(partnership);
			}
		}
		return null;
	}

	@Override
	public void addSelectionChangedListener(ISelectionChangedListener listener) {
		listeners.add(listener);
	}

	@Override
	public void removeSelectionChangedListener(ISelectionChangedListener listener) {
		listeners.remove(listener);
	}

	@Override
	public ISelection getSelection() {
		return selection;
	}

	@Override
	public void setSelection(ISelection newSelection) {
		selection = newSelection;
		SelectionChangedEvent event = new SelectionChangedEvent(this, newSelection);
		for (ISelectionChangedListener listener : listeners) {
			listener.selectionChanged(event);
		}
	}
}
