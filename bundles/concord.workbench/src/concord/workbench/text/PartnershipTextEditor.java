package concord.workbench.text;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.ITextSelection;
import org.eclipse.jface.text.ITextViewerExtension4;
import org.eclipse.jface.text.contentassist.ICompletionProposal;
import org.eclipse.jface.text.source.ISourceViewer;
import org.eclipse.jface.viewers.IPostSelectionProvider;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IFileEditorInput;
import org.eclipse.ui.IURIEditorInput;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.editors.text.TextEditor;
import org.eclipse.ui.texteditor.ITextEditorActionConstants;
import org.eclipse.ui.views.contentoutline.IContentOutlinePage;

import concord.dsl.ide.document.SpecDocument;
import concord.workbench.language.PartnershipLanguage;
import concord.workbench.prefs.WorkbenchProfile;

/**
 * The partnership language editor: a JFace text editor driven in process by the language's IDE services
 * (the same ones the language server offers): colouring, markers as you type with rule ids, completion,
 * hover with definitions and sources, an Outline that Properties and Hints follow, format; undo, find
 * and the rest come with the text editor.
 */
public class PartnershipTextEditor extends TextEditor {

	public static final String ID = "concord.workbench.text.editor";
	/** The command bound to Ctrl+Shift+F in plugin.xml. */
	public static final String FORMAT_COMMAND = "concord.workbench.text.format";
	private static final String FORMAT_ACTION = "concord.format";
	/** The command bound to Alt+Shift+R in plugin.xml. */
	public static final String RENAME_COMMAND = "concord.workbench.text.rename";
	private static final String RENAME_ACTION = "concord.rename";

	private SpecOutline outline;
	private SpecHighlighting highlighting;
	private List<SpecElement> elements = List.of();
	private Runnable stopFollowingProfile;

	/** Ends the tab's name, so that the text and the map of one spec can be told apart ("hub.partnership — Text"). */
	public static final String TAB_SUFFIX = " — Text";

	public PartnershipTextEditor() {
		setSourceViewerConfiguration(new PartnershipViewerConfiguration(this));
	}

	@Override
	protected void setPartName(String partName) {
		super.setPartName(partName.endsWith(TAB_SUFFIX) ? partName : partName + TAB_SUFFIX);
	}

	@Override
	public void createPartControl(Composite parent) {
		super.createPartControl(parent);
		// the Outline (and so Properties and Hints) follows the caret once it rests
		((IPostSelectionProvider) getSelectionProvider()).addPostSelectionChangedListener(event -> {
			if (outline != null && event.getSelection() instanceof ITextSelection caret) {
				outline.follow(caret.getOffset());
			}
		});
		stopFollowingProfile = WorkbenchProfile.onChange(this::readAgain);
		highlighting = new SpecHighlighting(parent.getDisplay());
		((ITextViewerExtension4) getSourceViewer()).addTextPresentationListener(highlighting);
	}

	@Override
	protected void doSetInput(IEditorInput input) throws CoreException {
		if (specFile() != null) {
			WorkspaceSpecs.doneEditing(specFile());
		}
		super.doSetInput(input);
		if (specFile() != null) {
			WorkspaceSpecs.editing(specFile());
		}
	}

	@Override
	public void dispose() {
		if (stopFollowingProfile != null) {
			stopFollowingProfile.run();
		}
		if (specFile() != null) {
			// unsaved text may have left markers the saved text does not deserve
			WorkspaceSpecs.doneEditing(specFile());
		}
		super.dispose();
	}

	/** Reads the text again now, as after a pause in typing: the rule profile has changed. */
	private void readAgain() {
		IDocument document = getSourceViewer() == null ? null : getSourceViewer().getDocument();
		if (document == null) {
			return;
		}
		Job.create("Checking " + getEditorInput().getName(), monitor -> {
			SpecReading reading = new SpecReading(this);
			reading.setDocument(document);
			reading.initialReconcile();
		}).schedule();
	}

	@Override
	protected void createActions() {
		super.createActions();
		IAction format = new Action("Format") {
			@Override
			public void run() {
				format();
			}
		};
		format.setActionDefinitionId(FORMAT_COMMAND);
		setAction(FORMAT_ACTION, format);
		IAction rename = new Action("Rename Element...") {
			@Override
			public void run() {
				setStatusLineErrorMessage(SpecRename.renameAt(PartnershipTextEditor.this,
						((ITextSelection) getSelectionProvider().getSelection()).getOffset()));
			}
		};
		rename.setActionDefinitionId(RENAME_COMMAND);
		setAction(RENAME_ACTION, rename);
	}

	@Override
	protected void editorContextMenuAboutToShow(IMenuManager menu) {
		super.editorContextMenuAboutToShow(menu);
		addAction(menu, ITextEditorActionConstants.GROUP_EDIT, FORMAT_ACTION);
		addAction(menu, ITextEditorActionConstants.GROUP_EDIT, RENAME_ACTION);
	}

	@Override
	public <T> T getAdapter(Class<T> adapter) {
		if (adapter == IContentOutlinePage.class) {
			if (outline == null) {
				outline = new SpecOutline(element -> selectAndReveal(element.offset(), element.length()));
				outline.show(elements);
			}
			return adapter.cast(outline);
		}
		return super.getAdapter(adapter);
	}

	/** The file being edited, when it is in the workspace (markers live there). */
	public IFile specFile() {
		return getEditorInput() instanceof IFileEditorInput input ? input.getFile() : null;
	}

	/** Where the spec lies on disk: its neighbours are the specs it may import. */
	public Path specPath() {
		if (specFile() != null && specFile().getLocation() != null) {
			return specFile().getLocation().toFile().toPath();
		}
		if (getEditorInput() instanceof IURIEditorInput input && "file".equals(input.getURI().getScheme())) {
			return Path.of(input.getURI());
		}
		return Path.of(getEditorInput().getName());
	}

	/** Called off the user interface thread with each new reading of the text. */
	void read(SpecDocument snapshot) {
		List<SpecElement> read = SpecElement.of(this, snapshot.resource());
		List<SpecHighlighting.Stretch> colours = SpecHighlighting.of(snapshot);
		Display display = PlatformUI.getWorkbench().getDisplay();
		if (!display.isDisposed()) {
			display.asyncExec(() -> {
				elements = read;
				if (outline != null) {
					outline.show(read);
				}
				if (highlighting != null && getSourceViewer() != null && getSourceViewer().getTextWidget() != null
						&& !getSourceViewer().getTextWidget().isDisposed()) {
					highlighting.show(colours);
					getSourceViewer().invalidateTextPresentation();
				}
			});
		}
	}

	/**
	 * Changes one element of the spec, found by its address in the current text, and writes the change into
	 * the document with the change serializer: only the words concerned change, and undo takes it back.
	 */
	public void change(String fragment, Consumer<EObject> change) {
		IDocument document = getSourceViewer().getDocument();
		try {
			SpecDocument spec = PartnershipLanguage.read(specPath(), document.get());
			EObject element = spec.resource().getEObject(fragment);
			if (element == null) {
				setStatusLineErrorMessage("The element is no longer in the text; the change was not made.");
				return;
			}
			spec.apply(model -> change.accept(element), true);
			DocumentPatch.apply(document, spec.text());
		} catch (BadLocationException | RuntimeException e) {
			setStatusLineErrorMessage("The change could not be written into the text: " + e.getMessage());
		}
	}

	/** Lays the text out canonically; a text with syntax errors is left as it is, and the status line says why. */
	public void format() {
		try {
			String refused = CanonicalLayout.format(this);
			setStatusLineErrorMessage(refused);
		} catch (BadLocationException e) {
			setStatusLineErrorMessage("The formatted text could not be written: " + e.getMessage());
		}
	}

	/** Renames the named element at {@code offset} without asking (tests; the action asks first); false if there is none. */
	public boolean rename(int offset, String newName) {
		SpecElement element = SpecRename.namedAt(this, offset);
		if (element != null) {
			setStatusLineErrorMessage(SpecRename.rename(this, element, newName));
		}
		return element != null;
	}

	/** The viewer, for the services and for tests that drive completion and hover as a user would. */
	public ISourceViewer viewer() {
		return getSourceViewer();
	}

	/** The elements the Outline shows (empty until the text has been read once). */
	public List<SpecElement> outlineElements() {
		return elements;
	}

	/** The hover text the editor shows at {@code offset}. */
	public String hoverAt(int offset) {
		return new PartnershipTextHover(this).hoverAt(getSourceViewer().getDocument().get(), offset);
	}

	/** The completion proposals (their display strings) the editor offers at {@code offset}. */
	public List<String> completionsAt(int offset) {
		return Arrays.stream(new PartnershipCompletion(this).computeCompletionProposals(getSourceViewer(), offset))
				.map(ICompletionProposal::getDisplayString).toList();
	}
}
