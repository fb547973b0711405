package concord.workbench.map;

import java.nio.file.Path;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.swt.SWT;
import org.eclipse.swt.browser.Browser;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.IFileEditorInput;
import org.eclipse.ui.IURIEditorInput;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.part.EditorPart;

/**
 * The partnership map of a .partnership file, in the workbench: the GLSP client in an SWT Browser
 * (WebKitGTK on Linux), served by the workbench's map server on loopback. The editor follows the page's
 * unsaved edits, so File > Save and the dirty mark work as in any editor.
 */
public class PartnershipMapEditor extends EditorPart {

	public static final String ID = "concord.workbench.map.editor";

	private static final int DIRTY_POLL_MS = 300;

	private Browser browser;
	private boolean dirty;

	@Override
	public void init(IEditorSite site, IEditorInput input) throws PartInitException {
		if (specOf(input) == null) {
			throw new PartInitException(input.getName() + ": the map opens .partnership files on disk");
		}
		setSite(site);
		setInput(input);
		setPartName(input.getName());
	}

	@Override
	public void createPartControl(Composite parent) {
		browser = new Browser(parent, SWT.NONE);
		watchDirtyState();
		try {
			browser.setUrl(MapHost.mapOf(specOf(getEditorInput())));
		} catch (Exception e) {
			browser.setText("<p>The map server could not start: " + e.getMessage().replace("<", "&lt;") + "</p>");
		}
	}

	/**
	 * Follows the page's unsaved-edits flag. (A BrowserFunction callback from the page would be the
	 * obvious way, but WebKitGTK under SWT 3.135 did not deliver calls made from the page's websocket
	 * handlers; reading the flag a few times a second from the UI thread is cheap and reliable.)
	 */
	private void watchDirtyState() {
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
				browser.getDisplay().timerExec(DIRTY_POLL_MS, this);
			}
		};
		browser.getDisplay().timerExec(DIRTY_POLL_MS, poll);
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
