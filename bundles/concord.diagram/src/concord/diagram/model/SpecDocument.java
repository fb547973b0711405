package concord.diagram.model;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.util.InternalEList;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.conversion.IValueConverterService;
import org.eclipse.xtext.formatting2.regionaccess.ITextReplacement;
import org.eclipse.xtext.ide.serializer.IChangeSerializer;
import org.eclipse.xtext.ide.serializer.ITextDocumentChange;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.serializer.ISerializer;
import org.eclipse.xtext.resource.XtextResourceSet;

import com.google.inject.Injector;

import concord.model.partnership.PartnershipModel;
import concord.model.partnership.PartnershipPackage;
import concord.model.resource.AtomicFile;

/**
 * One .partnership file as the diagram edits it: its text is the truth. An edit is a change to the
 * model that Xtext's change serializer turns into text replacements, so comments and layout outside the
 * edited words stay as the analyst wrote them; the new text is then parsed again. Specs next to the file
 * are in the same resource set, so its imports resolve.
 */
public final class SpecDocument {

	private final Path file;
	private final Injector language;
	private final XtextResourceSet resourceSet;
	private XtextResource resource;
	private String text;

	private SpecDocument(Path file, Injector language) {
		this.file = file.toAbsolutePath().normalize();
		this.language = language;
		this.resourceSet = language.getInstance(XtextResourceSet.class);
		// Outside OSGi nothing registers the metamodel the grammar imports; this resource set knows it.
		resourceSet.getPackageRegistry().put(PartnershipPackage.eNS_URI, PartnershipPackage.eINSTANCE);
	}

	/** Reads the spec and the specs next to it. */
	public static SpecDocument open(Path file, Injector language) throws IOException {
		return of(file, Files.readString(file, StandardCharsets.UTF_8), language);
	}

	/** The spec as an editor holds it ({@code text}, perhaps unsaved), with the specs next to {@code file}. */
	public static SpecDocument of(Path file, String text, Injector language) throws IOException {
		SpecDocument document = new SpecDocument(file, language);
		document.loadNeighbours();
		document.setText(text);
		return document;
	}

	public Path file() {
		return file;
	}

	public String text() {
		return text;
	}

	/** The model of the current text; an empty model while the text does not parse at all. */
	public PartnershipModel model() {
		return resource.getContents().isEmpty() || !(resource.getContents().get(0) instanceof PartnershipModel model)
				? null
				: model;
	}

	public XtextResource resource() {
		return resource;
	}

	/** Replaces the text (an edit, an undo or a redo) and parses it again. */
	public void setText(String newText) {
		if (resource != null) {
			resource.unload();
			resourceSet.getResources().remove(resource);
		}
		resource = (XtextResource) resourceSet.createResource(URI.createFileURI(file.toString()));
		try {
			resource.load(new ByteArrayInputStream(newText.getBytes(StandardCharsets.UTF_8)), resourceSet.getLoadOptions());
		} catch (IOException e) {
			throw new IllegalStateException("cannot parse text held in memory", e);
		}
		EcoreUtil.resolveAll(resource);
		text = newText;
	}

	/**
	 * Applies {@code change} to the model and writes it into the text with the change serializer: only the
	 * words the change concerns are replaced. The new text is then parsed again.
	 *
	 * @param followNames whether references to renamed elements are rewritten too; a removal, which has
	 *                    already cleared every reference to what it removes, passes false (Xtext's
	 *                    reference updater cannot handle a reference that was cleared)
	 */
	public void apply(Consumer<PartnershipModel> change, boolean followNames) {
		List<Link> links = followNames ? Link.all(resource) : List.of();
		write(change, followNames);
		relink(links);
	}

	/** A reference between two elements of the spec, by addresses that survive re-reading the text after a rename. */
	private record Link(String holder, EReference feature, int index, String target) {

		@SuppressWarnings("unchecked")
		static List<Link> all(XtextResource resource) {
			List<Link> links = new ArrayList<>();
			resource.getAllContents().forEachRemaining(holder -> {
				for (EReference feature : holder.eClass().getEAllReferences()) {
					if (feature.isContainment() || feature.isContainer() || feature.isDerived() || !feature.isChangeable()) {
						continue;
					}
					List<EObject> targets = feature.isMany() ? ((InternalEList<EObject>) holder.eGet(feature, false)).basicList()
							: Collections.singletonList((EObject) holder.eGet(feature, false));
					for (int i = 0; i < targets.size(); i++) {
						EObject target = targets.get(i);
						if (target != null && !target.eIsProxy() && target.eResource() == resource) {
							links.add(new Link(resource.getURIFragment(holder), feature, feature.isMany() ? i : -1,
									resource.getURIFragment(target)));
						}
					}
				}
			});
			return links;
		}

		/** The element the link now holds in the re-read model, unresolved (a proxy) when its name went stale. */
		@SuppressWarnings("unchecked")
		EObject held(EObject from) {
			Object value = from.eGet(feature, false);
			if (index < 0) {
				return (EObject) value;
			}
			List<EObject> values = ((InternalEList<EObject>) value).basicList();
			return index < values.size() ? values.get(index) : null;
		}
	}

	/**
	 * Points again at their element the references a rename broke. A membership is known by its
	 * organisation's name as the text writes it, so when the organisation is renamed the change serializer
	 * sees no membership renamed, and "competes-with" or "lead-agency" would keep the old name. After the
	 * rename is written and read, every reference that resolved before and no longer does is set to its
	 * element again, which writes the element's new name.
	 */
	@SuppressWarnings("unchecked")
	private void relink(List<Link> links) {
		List<Runnable> repairs = new ArrayList<>();
		for (Link link : links) {
			EObject holder = resource.getEObject(link.holder());
			EObject target = resource.getEObject(link.target());
			EObject held = holder == null ? null : link.held(holder);
			if (target != null && held != null && held.eIsProxy()) {
				repairs.add(() -> {
					if (link.index() < 0) {
						holder.eSet(link.feature(), target);
					} else {
						((List<EObject>) holder.eGet(link.feature())).set(link.index(), target);
					}
				});
			}
		}
		if (!repairs.isEmpty()) {
			write(model -> repairs.forEach(Runnable::run), false);
		}
	}

	private void write(Consumer<PartnershipModel> change, boolean followNames) {
		IChangeSerializer serializer = language.getInstance(IChangeSerializer.class);
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
			setText(language.getInstance(ISerializer.class).serialize(model()));
			return;
		}
		StringBuilder edited = new StringBuilder(text);
		replacements.stream().sorted(Comparator.comparingInt(ITextReplacement::getOffset).reversed())
				.forEach(r -> edited.replace(r.getOffset(), r.getOffset() + r.getLength(), r.getReplacementText()));
		setText(edited.toString());
	}

	/**
	 * Declares a new actor as its own paragraph after the line of the last actor (or of the model name),
	 * so that it sits with the other actors and no other byte of the spec changes. (The change
	 * serializer would append it after the partnerships, and may carry the file's opening comments along.)
	 */
	public void declareActor(String keyword, String name) {
		PartnershipModel model = model();
		EObject anchor = model.getActors().isEmpty() ? model : model.getActors().get(model.getActors().size() - 1);
		INode node = anchor == model ? NodeModelUtils.findNodesForFeature(model, PartnershipPackage.Literals.PARTNERSHIP_MODEL__NAME).get(0)
				: NodeModelUtils.getNode(anchor);
		int lineEnd = text.indexOf('\n', node.getEndOffset());
		int offset = lineEnd < 0 ? text.length() : lineEnd;
		setText(text.substring(0, offset) + "\n\n" + keyword + " " + quoted(name) + text.substring(offset));
	}

	/**
	 * Adds a statement on its own line after the line where {@code sibling} ends, indented as that line,
	 * leaving every other byte of the spec as it was (the change serializer would write the whole
	 * enclosing block again, in the grammar's order).
	 */
	public void addStatementAfter(EObject sibling, String statement) {
		INode node = NodeModelUtils.getNode(sibling);
		int lineStart = text.lastIndexOf('\n', node.getOffset()) + 1;
		int indentEnd = lineStart;
		while (indentEnd < text.length() && (text.charAt(indentEnd) == '\t' || text.charAt(indentEnd) == ' ')) {
			indentEnd++;
		}
		int lineEnd = text.indexOf('\n', node.getEndOffset());
		int offset = lineEnd < 0 ? text.length() : lineEnd;
		setText(text.substring(0, offset) + "\n" + text.substring(lineStart, indentEnd) + statement + text.substring(offset));
	}

	/** The language's quoted form of a name. */
	public String quoted(String name) {
		return language.getInstance(IValueConverterService.class).toString(name, "STRING");
	}

	/** Writes the text atomically: the file holds either the old or the new spec, never a part. */
	public void save() throws IOException {
		AtomicFile.write(file, text.getBytes(StandardCharsets.UTF_8));
	}

	private void loadNeighbours() throws IOException {
		try (Stream<Path> list = Files.list(file.getParent())) {
			list.filter(f -> f.getFileName().toString().endsWith(".partnership") && !f.toAbsolutePath().normalize().equals(file))
					.forEach(f -> {
						try {
							resourceSet.getResource(URI.createFileURI(f.toAbsolutePath().normalize().toString()), true);
						} catch (RuntimeException unreadable) {
							// a broken neighbour matters only if this spec imports it; then its link errors say so
						}
					});
		}
	}
}
