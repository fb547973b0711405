package concord.dsl.ide.quickfix;

import java.util.List;
import java.util.Optional;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.xtext.ide.editor.quickfix.DiagnosticResolution;
import org.eclipse.xtext.ide.editor.quickfix.DiagnosticResolutionAcceptor;
import org.eclipse.xtext.ide.editor.quickfix.IQuickFixProvider;
import org.eclipse.xtext.ide.server.codeActions.ICodeActionService2.Options;
import org.eclipse.xtext.resource.XtextResource;

import com.google.inject.Inject;
import com.google.inject.Provider;

import concord.validation.RuleCatalogue;
import concord.validation.catalogue.QuickFix;

/**
 * Quick fixes come from the rule catalogue, keyed by the rule id a diagnostic carries as its code: the
 * rule that raised the finding also knows the model changes that settle it ({@link Finding#fixes()}).
 * The change runs through Xtext's change serializer, so only the edited words of the spec change.
 */
public class RuleQuickFixes implements IQuickFixProvider {

	private final RuleCatalogue catalogue = RuleCatalogue.standard();

	@Inject
	private Provider<DiagnosticResolutionAcceptor> acceptors;

	@Override
	public boolean handlesDiagnostic(Diagnostic diagnostic) {
		return ruleId(diagnostic).isPresent();
	}

	@Override
	public List<DiagnosticResolution> getResolutions(Options options, Diagnostic diagnostic) {
		DiagnosticResolutionAcceptor acceptor = acceptors.get();
		XtextResource resource = (XtextResource) options.getResource();
		int offset = options.getDocument().getOffSet(diagnostic.getRange().getStart());
		FixableFinding.at(resource, ruleId(diagnostic).orElseThrow(), offset).ifPresent(finding -> {
			// The fix is applied to a fresh copy of the resource: find the element there by its path.
			String path = resource.getURIFragment(finding.element());
			for (QuickFix fix : finding.fixes()) {
				acceptor.accept(fix.label(), (EObject anyElement) -> fix.apply(anyElement.eResource().getEObject(path)));
			}
		});
		return acceptor.getDiagnosticResolutions(options, diagnostic);
	}

	private Optional<String> ruleId(Diagnostic diagnostic) {
		if (diagnostic.getCode() == null || !diagnostic.getCode().isLeft()) {
			return Optional.empty();
		}
		return catalogue.find(diagnostic.getCode().getLeft()).map(rule -> diagnostic.getCode().getLeft());
	}
}
