package concord.dsl.ide.document;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.formatting2.regionaccess.ITextReplacement;
import org.eclipse.xtext.ide.serializer.IChangeSerializer;
import org.eclipse.xtext.ide.serializer.ITextDocumentChange;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.serializer.ISerializer;
import org.eclipse.xtext.validation.Issue;

import com.google.inject.Injector;

import concord.model.partnership.PartnershipModel;
import concord.model.partnership.PartnershipPackage;
import concord.model.resource.AtomicFile;
import concord.validation.RuleProfile;

/**
 * One .partnership spec as an editor holds it: its text is the truth, read with the specs beside it (a
 * {@link SpecLibrary}) so that its imports resolve. An edit is a change to the model that Xtext's change
 * serializer turns into text replacements, so comments and layout outside the edited words stay as the
 * analyst wrote them; the new text is then read again. The map server, the workbench's editors and the
 * command line all edit and save specs through this class.
 */
public final class SpecDocument {

	private final Path file;
	private final SpecLibrary library;
	private XtextResource resource;
	private String text;

	private SpecDocument(Path file, SpecLibrary library) {
		this.file = file.toAbsolutePath().normalize();
		this.library = library;
	}

	/** Reads the spec and the specs next to it. */
	public static SpecDocument open(Path file, Injector language) throws IOException {
		return of(file, Files.readString(file, StandardCharsets.UTF_8), language);
	}

	/** The spec as an editor holds it ({@code text}, perhaps unsaved), with the specs next to {@code file}. */
	public static SpecDocument of(Path file, String text, Injector language) {
		SpecLibrary library = SpecLibrary.of(language);
		try {
			library.addNeighboursOf(List.of(file));
		} catch (UncheckedIOException unlisted) {
			// no neighbours: imports stay unresolved and say so
		}
		SpecDocument document = new SpecDocument(file, library);
		document.setText(text);
		return document;
	}

	/** Makes the rule findings of this spec follow {@code profile} (the built-in defaults until told). */
	public SpecDocument ruleProfile(RuleProfile profile) {
		library.ruleProfile(profile);
		return this;
	}

	public Path file() {
		return file;
	}

	public String text() {
		return text;
	}

	/** The model of the current text; null while the text does not parse at all. */
	public PartnershipModel model() {
		return resource.getContents().isEmpty() || !(resource.getContents().get(0) instanceof PartnershipModel model)
				? null
				: model;
	}

	public XtextResource resource() {
		return resource;
	}

	/** The text as the language's IDE services (hover, completion, formatting) take it. */
	public Document serverDocument() {
		return new Document(1, text);
	}

	/** Syntax, reference, language and rule findings of the current text. */
	public List<Issue> issues() {
		return library.issues(resource);
	}

	/** Whether the text has syntax errors (then it cannot be formatted or edited through the model). */
	public boolean hasSyntaxErrors() {
		return resource.getParseResult() != null && resource.getParseResult().hasSyntaxErrors();
	}

	/** The canonical layout of the current text; comments are kept. Only for text without syntax errors. */
	public String format() {
		return library.format(resource);
	}

	/** Replaces the text (an edit, an undo or a redo) and reads it again. */
	public void setText(String newText) {
		resource = library.read(file, newText);
		EcoreUtil.resolveAll(resource);
		text = newText;
	}

	/**
	 * Applies {@code change} to the model and writes it into the text with the change serializer: only the
	 * words the change concerns are replaced. The new text is then read again.
	 *
	 * @param followNames whether references to renamed elements are rewritten too; a removal, which has
	 *                    already cleared every reference to what it removes, passes false (Xtext's
	 *                    reference updater cannot handle a reference that was cleared)
	 */
	public void apply(Consumer<PartnershipModel> change, boolean followNames) {
		List<SpecLink> links = followNames ? SpecLink.all(resource) : List.of();
		write(change, followNames);
		List<Runnable> repairs = SpecLink.repairs(links, resource);
		if (!repairs.isEmpty()) {
			write(model -> repairs.forEach(Runnable::run), false);
		}
	}

	private void write(Consumer<PartnershipModel> change, boolean followNames) {
		IChangeSerializer serializer = library.language().getInstance(IChangeSerializer.class);
		serializer.setUpdateCrossReferences(followNames);
		serializer.addModification(resource, edited -> change.accept(model()));
		List<ITextReplacement> replacements = new ArrayList<>();
		try {
			serializer.applyModifications(resourceChange -> {
				if (resourceChange instanceof ITextDocumentChange textChange && textChange.getOldURI().equals(resource.getURI())) {
					replacements.addAll(textChange.getReplacements());
				}
			});
		} catch (RuntimeException partialSerializerLimit) {
			// Xtext 2.42's partial serializer cannot write a changed enumeration value (it hands the literal
			// to a string converter). The change is made on the model by now: write the whole spec with the
			// serializer, which keeps comments and whitespace from the parsed text wherever it still fits.
			setText(library.language().getInstance(ISerializer.class).serialize(model()));
			return;
		}
		StringBuilder edited = new StringBuilder(text);
		replacements.stream().sorted(Comparator.comparingInt(ITextReplacement::getOffset).reversed())
				.forEach(r -> edited.replace(r.getOffset(), r.getOffset() + r.getLength(), r.getReplacementText()));
		setText(edited.toString());
	}

	/**
	 * Adds {@code element} to {@code container}'s list {@code feature}, after the elements already there,
	 * as a statement of its own on the line after the last of them (the first actor of a spec after the
	 * model's name), indented as that line. The statement's words come from the language's
	 * serializer; no other byte of the spec changes. (The change serializer would write the whole
	 * enclosing block again, in the grammar's order, and may carry the file's opening comments along.)
	 */
	@SuppressWarnings("unchecked")
	public void add(EObject container, EStructuralFeature feature, EObject element) {
		List<EObject> siblings = (List<EObject>) container.eGet(feature);
		EObject last = siblings.isEmpty() ? null : siblings.get(siblings.size() - 1);
		if (last == null && !(container instanceof PartnershipModel)) {
			// the first of its kind in a block: the change serializer knows where the grammar puts it
			apply(model -> siblings.add(element), true);
			return;
		}
		siblings.add(element);
		String statement = library.language().getInstance(ISerializer.class).serialize(element).strip();
		INode anchor = last != null ? NodeModelUtils.getNode(last) : anchorOf(container);
		int lineStart = text.lastIndexOf('\n', anchor.getOffset()) + 1;
		int indentEnd = lineStart;
		while (indentEnd < text.length() && (text.charAt(indentEnd) == '\t' || text.charAt(indentEnd) == ' ')) {
			indentEnd++;
		}
		int lineEnd = text.indexOf('\n', anchor.getEndOffset());
		int offset = lineEnd < 0 ? text.length() : lineEnd;
		// a new actor is a paragraph of its own, as actors are written; members and the like follow their line
		String gap = container instanceof PartnershipModel ? "\n\n" : "\n";
		setText(text.substring(0, offset) + gap + text.substring(lineStart, indentEnd) + statement + text.substring(offset));
	}

	/** Where the first actor of a spec goes: after the model's name line. */
	private static INode anchorOf(EObject model) {
		return NodeModelUtils.findNodesForFeature(model, PartnershipPackage.Literals.PARTNERSHIP_MODEL__NAME).get(0);
	}

	/**
	 * Follows a rename in the neighbour {@code other}, whose text is now {@code otherText}: this spec's
	 * references into it (by qualified name) are pointed at their elements again, so that the change
	 * serializer writes the new names. Returns whether this spec's text changed.
	 */
	public boolean followRenameIn(Path other, String otherText) {
		org.eclipse.emf.ecore.resource.Resource before = resource.getResourceSet()
				.getResource(concord.model.ConcordModel.fileUri(other.toAbsolutePath().normalize()), false);
		List<SpecLink> links = before == null ? List.of() : SpecLink.into(resource, before);
		if (links.isEmpty()) {
			return false;
		}
		library.read(other, otherText);
		// The old elements are now proxies with the renamed elements' addresses, which the change serializer
		// would take for the same reference: mark them stale, so that pointing them again is a change.
		SpecLink.stale(links, resource);
		List<Runnable> repairs = SpecLink.repairs(links, resource);
		String old = text;
		if (!repairs.isEmpty()) {
			write(model -> repairs.forEach(Runnable::run), false);
		}
		return !old.equals(text);
	}

	/** Writes the text atomically: the file holds either the old or the new spec, never a part. */
	public void save() throws IOException {
		AtomicFile.write(file, text.getBytes(StandardCharsets.UTF_8));
	}
}
