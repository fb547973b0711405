package concord.dsl.ide.quickfix;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.xtext.ide.editor.quickfix.DiagnosticResolution;
import org.eclipse.xtext.ide.editor.quickfix.IQuickFixProvider;
import org.eclipse.xtext.ide.server.codeActions.ICodeActionService2.Options;

import com.google.inject.Inject;

/** All quick fixes of the language: the rule catalogue's, and declaring an actor a reference misses. */
public class PartnershipQuickFixes implements IQuickFixProvider {

	private final List<IQuickFixProvider> providers;

	@Inject
	public PartnershipQuickFixes(RuleQuickFixes rules, DeclareMissingActor missingActors) {
		this.providers = List.of(rules, missingActors);
	}

	@Override
	public boolean handlesDiagnostic(Diagnostic diagnostic) {
		return providers.stream().anyMatch(p -> p.handlesDiagnostic(diagnostic));
	}

	@Override
	public List<DiagnosticResolution> getResolutions(Options options, Diagnostic diagnostic) {
		List<DiagnosticResolution> resolutions = new ArrayList<>();
		for (IQuickFixProvider provider : providers) {
			if (provider.handlesDiagnostic(diagnostic)) {
				resolutions.addAll(provider.getResolutions(options, diagnostic));
			}
		}
		return resolutions;
	}
}
