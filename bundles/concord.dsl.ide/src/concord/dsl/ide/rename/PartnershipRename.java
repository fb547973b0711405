package concord.dsl.ide.rename;

import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.RenameParams;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.WorkspaceEdit;
import org.eclipse.lsp4j.jsonrpc.ResponseErrorException;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.xtext.conversion.IValueConverterService;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.ide.server.ILanguageServerAccess;
import org.eclipse.xtext.ide.server.rename.RenameService2;
import org.eclipse.xtext.resource.XtextResource;

import com.google.inject.Inject;
import com.google.inject.Injector;

import concord.dsl.ide.document.ChangedRegion;
import concord.dsl.ide.document.NewNames;
import concord.dsl.ide.document.SpecDocument;
import concord.dsl.ide.refusal.EditRefusal;
import concord.model.partnership.Membership;

/**
 * Rename as the language server offers it. The renamed spec is rewritten through its {@link SpecDocument},
 * whose change follows every reference, including those that name a membership by its organisation
 * ({@code competes-with}, governance's {@code lead-agency}), which Xtext's own rename leaves pointing at
 * nothing. Specs that import the element by its qualified name get Xtext's edits for them. A name in use,
 * an empty name or a spec with a syntax error is refused with a sentence the editor shows.
 * The new name is taken as the user types it: names are quoted in the language, and an editor that
 * shows {@code "Police"} for renaming gets {@code "County Police"} back as often as {@code County Police}.
 */
public class PartnershipRename extends RenameService2 {

	@Inject
	private IValueConverterService valueConverters;

	@Inject
	private Injector language;

	@Override
	public WorkspaceEdit rename(Options options) {
		RenameParams params = options.getRenameParams();
		params.setNewName(unquoted(params.getNewName()));
		String uri = params.getTextDocument().getUri();
		List<TextEdit> own;
		try {
			own = options.getLanguageServerAccess().doRead(uri, context -> renamed(context, params)).get();
		} catch (ExecutionException e) {
			throw e.getCause() instanceof ResponseErrorException refusal ? refusal : new IllegalStateException(e.getCause());
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw EditRefusal.because("The rename was interrupted");
		}
		Map<String, List<TextEdit>> changes = new HashMap<>();
		if (!own.isEmpty()) {
			changes.put(uri, own);
			changes.putAll(inOtherSpecs(options, uri));
		}
		return new WorkspaceEdit(changes);
	}

	private List<TextEdit> renamed(ILanguageServerAccess.Context context, RenameParams params) {
		if (!(context.getResource() instanceof XtextResource resource)) {
			throw EditRefusal.because("Only partnership specs can be renamed in");
		}
		EditRefusal.unlessParsed(resource, "rename");
		Document document = context.getDocument();
		EObject element = getElementAtOffset(resource, document, params.getPosition());
		if (element instanceof Membership membership) {
			// a membership is named by its organisation: renaming it renames the organisation
			element = membership.getOrganisation();
		}
		EStructuralFeature name = element == null ? null : element.eClass().getEStructuralFeature("name");
		if (element == null || element.eIsProxy() || !(name instanceof EAttribute)) {
			throw EditRefusal.because("There is no name to rename here; put the cursor on a declared name or a reference to one");
		}
		if (element.eResource() != resource) {
			throw EditRefusal.because("'" + element.eGet(name) + "' is declared in " + element.eResource().getURI().lastSegment()
					+ "; rename it there");
		}
		String newName = params.getNewName();
		if (newName.equals(element.eGet(name))) {
			return List.of();
		}
		SpecDocument spec = SpecDocument.of(Path.of(URI.create(resource.getURI().toString())), document.getContents(), language);
		NewNames.problem(spec.model(), newName).ifPresent(problem -> {
			throw EditRefusal.because(problem);
		});
		String fragment = resource.getURIFragment(element);
		spec.apply(model -> spec.resource().getEObject(fragment).eSet(name, newName), true);
		return List.of(changedRegion(document, spec.text()));
	}

	/** Xtext's edits for the specs other than {@code uri} that refer to the element by its qualified name. */
	private Map<String, List<TextEdit>> inOtherSpecs(Options options, String uri) {
		Map<String, List<TextEdit>> others = new HashMap<>();
		WorkspaceEdit xtext;
		try {
			xtext = super.rename(options);
		} catch (RuntimeException notFollowed) {
			// the other specs keep the old name and say so in their reference errors
			return others;
		}
		if (xtext == null) {
			return others;
		}
		if (xtext.getChanges() != null) {
			xtext.getChanges().forEach((file, edits) -> others.put(file, new ArrayList<>(edits)));
		}
		if (xtext.getDocumentChanges() != null) {
			xtext.getDocumentChanges().stream().filter(Either::isLeft).map(Either::getLeft).forEach(change -> change.getEdits()
					.forEach(edit -> others.computeIfAbsent(change.getTextDocument().getUri(), f -> new ArrayList<>()).add(edit.getLeft())));
		}
		others.remove(uri);
		return others;
	}

	/** One edit over the stretch that differs, so that an editor keeps its marks elsewhere. */
	private static TextEdit changedRegion(Document document, String after) {
		ChangedRegion region = ChangedRegion.between(document.getContents(), after);
		return new TextEdit(new Range(document.getPosition(region.start()), document.getPosition(region.end())), region.replacement());
	}

	private String unquoted(String typed) {
		String newName = typed.strip();
		return newName.length() >= 2 && newName.startsWith("\"") && newName.endsWith("\"")
				? valueConverters.toValue(newName, "STRING", null).toString()
				: newName;
	}
}
