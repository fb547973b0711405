package concord.dsl.ide.quickfix;

import java.util.List;
import java.util.Optional;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.xtext.CrossReference;
import org.eclipse.xtext.GrammarUtil;
import org.eclipse.xtext.ide.editor.quickfix.DiagnosticResolution;
import org.eclipse.xtext.ide.editor.quickfix.DiagnosticResolutionAcceptor;
import org.eclipse.xtext.ide.editor.quickfix.IQuickFixProvider;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.ide.server.codeActions.ICodeActionService2.Options;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.XtextResource;

import com.google.inject.Inject;
import com.google.inject.Provider;

import concord.dsl.validation.FindingIssues;
import concord.model.partnership.Actor;
import concord.model.partnership.PartnershipModel;
import concord.model.partnership.PartnershipPackage.Literals;

/**
 * The code action for a missing required part: a member, employer or accountability line names an
 * actor the spec never declares. The fix declares it beside the other actors, as the analyst would
 * have written it, so the reference resolves and the spec validates further.
 */
public class DeclareMissingActor implements IQuickFixProvider {

	@Inject
	private Provider<DiagnosticResolutionAcceptor> acceptors;

	@Override
	public boolean handlesDiagnostic(Diagnostic diagnostic) {
		return diagnostic.getCode() != null && diagnostic.getCode().isLeft()
				&& FindingIssues.REFERENCE.equals(diagnostic.getCode().getLeft());
	}

	@Override
	public List<DiagnosticResolution> getResolutions(Options options, Diagnostic diagnostic) {
		DiagnosticResolutionAcceptor acceptor = acceptors.get();
		XtextResource resource = (XtextResource) options.getResource();
		Document document = options.getDocument();
		int offset = document.getOffSet(diagnostic.getRange().getStart());
		referenceAt(resource, offset).ifPresent(reference -> {
			String declaration = reference.keyword() + " " + reference.name();
			acceptor.accept("Declare " + declaration, (Diagnostic d, EObject element, Document doc) -> {
				Position at = insertionPoint(resource, doc);
				return List.of(new TextEdit(new Range(at, at), "\n" + declaration));
			});
		});
		return acceptor.getDiagnosticResolutions(options, diagnostic);
	}

	private record Reference(String name, String keyword) {
	}

	/** The unresolved reference written at {@code offset}: its text (a single quoted name) and the kind it must be. */
	private static Optional<Reference> referenceAt(XtextResource resource, int offset) {
		if (resource.getParseResult() == null) {
			return Optional.empty();
		}
		INode leaf = NodeModelUtils.findLeafNodeAtOffset(resource.getParseResult().getRootNode(), offset);
		for (INode node = leaf; node != null; node = node.getParent()) {
			if (node.getGrammarElement() instanceof CrossReference crossReference) {
				EReference reference = GrammarUtil.getReference(crossReference);
				String text = NodeModelUtils.getTokenText(node);
				String keyword = reference == null ? null : keywordFor(reference.getEReferenceType());
				if (keyword == null || !text.matches("\"[^\"]*\"")) {
					return Optional.empty(); // not an actor, or a qualified name that another spec must declare
				}
				return Optional.of(new Reference(text, keyword));
			}
		}
		return Optional.empty();
	}

	/** The declaration keyword for a reference's kind; an actor of any kind is declared as an organisation. */
	private static String keywordFor(EClass type) {
		if (type == Literals.PERSON) {
			return "person";
		}
		if (type == Literals.GROUP) {
			return "group";
		}
		return type == Literals.ORGANISATION || type == Literals.ACTOR ? "organisation" : null;
	}

	/** The end of the last declared actor, or of the model's header when there is none. */
	private static Position insertionPoint(XtextResource resource, Document document) {
		PartnershipModel model = (PartnershipModel) resource.getContents().get(0);
		List<Actor> actors = model.getActors();
		ICompositeNode anchor = actors.isEmpty() ? null : NodeModelUtils.getNode(actors.get(actors.size() - 1));
		int end = anchor != null ? anchor.getEndOffset()
				: NodeModelUtils.findNodesForFeature(model, Literals.PARTNERSHIP_MODEL__NAME).get(0).getEndOffset();
		return document.getPosition(end);
	}
}
