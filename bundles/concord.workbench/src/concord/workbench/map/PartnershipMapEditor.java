package concord.workbench.map;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IResourceChangeEvent;
import org.eclipse.core.resources.IResourceChangeListener;
import org.eclipse.core.resources.IResourceDelta;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.action.IStatusLineManager;
import org.eclipse.swt.SWT;
import org.eclipse.swt.browser.Browser;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.IFileEditorInput;
import org.eclipse.ui.IPartListener2;
import org.eclipse.ui.IURIEditorInput;
import org.eclipse.ui.IWorkbenchPartReference;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.part.EditorPart;
import org.eclipse.ui.views.contentoutline.IContentOutlinePage;

import concord.model.resource.AtomicFile;
import concord.workbench.language.PartnershipLanguage;
import concord.workbench.prefs.WorkbenchProfile;
import concord.workbench.text.SpecElement;
import concord.workbench.text.SpecOutline;

/**
 * The partnership map of a .partnership file, in the workbench: the GLSP client in an SWT Browser
 * (WebKitGTK on Linux), served by the workbench's map server on loopback. The editor follows the page's
 * unsaved edits, so File > Save and the dirty mark work as in any editor; what is selected on the map
 * goes to Properties, Hints and the Outline (whose entries select nodes in turn); File > Export Map as SVG
 * writes its picture. With the text editor of the same spec open, each follows the other's unsaved
 * changes ({@link TextLink}); otherwise it redraws when the spec is saved from elsewhere.
 */
public class PartnershipMapEditor extends EditorPart {

	public static final String ID = "concord.workbench.map.editor";

	private static final int POLL_MS = 300;

	private Browser browser;
	private boolean dirty;
	private final MapSelection selection = new MapSelection();
	private String selectedIds = "";
	private SpecOutline outline;
	private MapExport export;
	/** The spec's modification stamp after this map last saved it, so that the map does not reload its own save. */
	private long ownSave = IResource.NULL_STAMP;
	private final IResourceChangeListener specChanges = this::specChanged;
	private Runnable stopFollowingProfile;
	private TextLink text;
	/** Whether the spec or the rule profile changed while the map was hidden. */
	private boolean stale;
	private final IPartListener2 shown = new IPartListener2() {
		@Override
		public void partVisible(IWorkbenchPartReference reference) {
			if (reference.getPart(false) == PartnershipMapEditor.this && stale) {
				redraw();
			}
		}
	};

	@Override
	public void init(IEditorSite site, IEditorInput input) throws PartInitException {
		if (specOf(input) == null) {
			throw new PartInitException(input.getName() + ": the map opens .partnership files on disk");
		}
		setSite(site);
		setInput(input);
		site.setSelectionProvider(selection);
		setPartName(input.getName() + " — Map"); // beside the same spec's "— Text" tab
	}

	@Override
	public void createPartControl(Composite parent) {
		browser = new Browser(parent, SWT.NONE);
		export = new MapExport(browser);
		watchPage();
		ResourcesPlugin.getWorkspace().addResourceChangeListener(specChanges, IResourceChangeEvent.POST_CHANGE);
		getSite().getPage().addPartListener(shown);
		stopFollowingProfile = WorkbenchProfile.onChange(() -> PlatformUI.getWorkbench().getDisplay().asyncExec(this::redrawWhenSeen));
		try {
			String address = MapHost.mapOf(specOf(getEditorInput()));
			// joined before the page loads, so that the map opens on the text editor's unsaved words
			text = new TextLink(this, specOf(getEditorInput()), MapHost.unsaved());
			text.start(getSite().getPage());
			browser.setUrl(address);
		} catch (Exception e) {
			browser.setText("<p>The map server could not start: " + e.getMessage().replace("<", "&lt;") + "</p>");
		}
	}

	/**
	 * Follows the page's unsaved-edits flag and its selection. (A BrowserFunction callback from the page would be the
	 * obvious way, but WebKitGTK under SWT 3.135 did not deliver calls made from the page's websocket
	 * handlers; reading two values a few times a second from the UI thread is cheap and reliable.)
	 */
	private void watchPage() {
		Runnable poll = new Runnable() {
			@Override
			public void run() {
				if (browser.isDisposed()) {
					return;
				}
				boolean nowDirty = Boolean.TRUE.equals(browser.evaluate("return !!(window.concord && window.concord.dirty);"));
				if (nowDirty != dirty) {
					dirty = nowDirty;
					firePropertyChange(PROP_DIRTY);
					if (!dirty) {
						refreshWorkspace();
					}
				}
				Object ids = browser.evaluate("return window.concord && window.concord.selection ? window.concord.selection.join('\\n') : '';");
				if (ids instanceof String now && !now.equals(selectedIds)) {
					selectedIds = now;
					List<EObject> chosen = selection.selectShown(specOf(getEditorInput()), now.isEmpty() ? List.of() : List.of(now.split("\n")));
					if (outline != null) {
						outline.follow(chosen.stream().map(e -> e.eResource().getURIFragment(e)).toList());
					}
				}
				export.poll();
				browser.getDisplay().timerExec(POLL_MS, this);
			}
		};
		browser.getDisplay().timerExec(POLL_MS, poll);
	}

	/**
	 * File > Export Map as SVG: the page draws the map and the workbench writes it to {@code target}
	 * atomically, so a failed export leaves no partial file; the status line says where it went, or why not.
	 */
	public void exportSvg(Path target) {
		IStatusLineManager status = getEditorSite().getActionBars().getStatusLineManager();
		export.start(svg -> {
			try {
				AtomicFile.write(target, svg.getBytes(StandardCharsets.UTF_8));
				status.setErrorMessage(null);
				status.setMessage("Exported the map to " + target);
			} catch (IOException e) {
				status.setErrorMessage(target + ": the map could not be exported (" + e.getMessage() + "); nothing was written");
			}
		});
	}

	/** The map's export page (title, date, legend) as SVG, handed to {@code drawn} once the page has drawn it. */
	public void drawPage(Consumer<String> drawn) {
		export.start(drawn);
	}

	/** The spec's words as the map shows them: the text editor's unsaved words when it is joined to one, else the saved file. */
	public String specText() {
		return text != null && text.joined() ? text.text() : savedText();
	}

	/** The spec this map draws. */
	public Path spec() {
		return specOf(getEditorInput());
	}

	@Override
	public void dispose() {
		ResourcesPlugin.getWorkspace().removeResourceChangeListener(specChanges);
		getSite().getPage().removePartListener(shown);
		if (text != null) {
			text.stop(getSite().getPage());
		}
		if (stopFollowingProfile != null) {
			stopFollowingProfile.run();
		}
		super.dispose();
	}

	/**
	 * When the spec is saved from elsewhere (git, another tool) the map is drawn again from it; a map with
	 * unsaved edits of its own is left alone, so that nothing the consultant drew is lost. A map joined to the
	 * text editor shows its words already: when the text editor saved them, the map saves its layout.
	 */
	private void specChanged(IResourceChangeEvent event) {
		IFile file = getEditorInput() instanceof IFileEditorInput input ? input.getFile() : null;
		IResourceDelta delta = file == null || event.getDelta() == null ? null : event.getDelta().findMember(file.getFullPath());
		if (delta == null || (delta.getFlags() & IResourceDelta.CONTENT) == 0) {
			return;
		}
		PlatformUI.getWorkbench().getDisplay().asyncExec(() -> {
			if (text != null && text.joined()) {
				if (dirty && text.text().equals(savedText())) {
					doSave(null);
				}
			} else if (file.getModificationStamp() != ownSave) {
				redrawWhenSeen();
			}
		});
	}

	/**
	 * Draws the map again from the saved spec (it changed, or the rule profile did), unless the map has
	 * unsaved edits of its own, which are never thrown away. A hidden page cannot measure its labels, so a
	 * map behind another editor is redrawn when it is shown.
	 */
	private void redrawWhenSeen() {
		if (browser.isDisposed() || dirty) {
			return;
		}
		if (browser.isVisible()) {
			redraw();
		} else {
			stale = true;
		}
	}

	private void redraw() {
		stale = false;
		browser.refresh();
		if (outline != null) {
			outline.show(readElements());
		}
	}

	@Override
	public <T> T getAdapter(Class<T> adapter) {
		if (adapter == IContentOutlinePage.class) {
			if (outline == null) {
				outline = new SpecOutline(this::showOnMap);
				outline.show(readElements());
			}
			return adapter.cast(outline);
		}
		return super.getAdapter(adapter);
	}

	private String savedText() {
		try {
			return Files.readString(specOf(getEditorInput()), StandardCharsets.UTF_8);
		} catch (IOException | RuntimeException unreadable) {
			return null;
		}
	}

	/** The saved spec's elements, for the Outline (empty while it cannot be read). */
	private List<SpecElement> readElements() {
		Path spec = specOf(getEditorInput());
		try {
			return SpecElement.of(null, PartnershipLanguage.read(spec, Files.readString(spec, StandardCharsets.UTF_8)).resource());
		} catch (IOException | RuntimeException unreadable) {
			return List.of();
		}
	}

	/** Selects and centres on the map the node of an element chosen in the Outline. */
	private void showOnMap(SpecElement element) {
		String id = MapSelection.shownAs(element.element());
		if (id == null) {
			return;
		}
		String quoted = "'" + id.replace("\\", "\\\\").replace("'", "\\'") + "'";
		browser.execute("if (window.concord && window.concord.dispatcher) { window.concord.dispatcher.dispatchAll(["
				+ "{ kind: 'elementSelected', selectedElementsIDs: [" + quoted + "], deselectedElementsIDs: [], deselectAll: true }, "
				+ "{ kind: 'center', elementIds: [" + quoted + "], animate: true, retainZoom: true }]); }");
	}

	/** Runs a script in the map page and returns its result (as {@link Browser#evaluate(String)}). */
	public Object evaluate(String script) {
		return browser.evaluate(script);
	}

	@Override
	public void doSave(IProgressMonitor monitor) {
		browser.execute("window.concord && window.concord.save && window.concord.save();");
	}

	@Override
	public void doSaveAs() {
		// a map is saved into its own spec
	}

	@Override
	public boolean isDirty() {
		return dirty;
	}

	@Override
	public boolean isSaveAsAllowed() {
		return false;
	}

	@Override
	public void setFocus() {
		browser.setFocus();
	}

	/** The server wrote the spec: let the workspace (and a text editor on the same file) see it. */
	private void refreshWorkspace() {
		if (getEditorInput() instanceof IFileEditorInput fileInput) {
			IFile file = fileInput.getFile();
			try {
				file.getParent().refreshLocal(IResource.DEPTH_ONE, null);
				ownSave = file.getModificationStamp();
				if (outline != null) {
					outline.show(readElements());
				}
			} catch (CoreException e) {
				// the next refresh of the workspace catches up
			}
		}
	}

	static Path specOf(IEditorInput input) {
		if (input instanceof IFileEditorInput fileInput && fileInput.getFile().getLocation() != null) {
			return fileInput.getFile().getLocation().toFile().toPath();
		}
		if (input instanceof IURIEditorInput uriInput && "file".equals(uriInput.getURI().getScheme())) {
			return Path.of(uriInput.getURI());
		}
		return null;
	}
}
