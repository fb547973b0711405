package concord.dsl.ide;

import org.eclipse.xtext.findReferences.IReferenceFinder;
import org.eclipse.xtext.ide.editor.contentassist.IdeContentProposalProvider;
import org.eclipse.xtext.ide.editor.contentassist.IdeCrossrefProposalProvider;
import org.eclipse.xtext.ide.editor.quickfix.IQuickFixProvider;
import org.eclipse.xtext.ide.editor.syntaxcoloring.ISemanticHighlightingCalculator;
import org.eclipse.xtext.ide.server.codeActions.ICodeActionService2;
import org.eclipse.xtext.ide.server.codeActions.QuickFixCodeActionService;
import org.eclipse.xtext.ide.server.formatting.FormattingService;
import org.eclipse.xtext.ide.server.hover.IHoverService;
import org.eclipse.xtext.ide.server.rename.IRenameService2;
import org.eclipse.xtext.ide.server.symbol.DocumentSymbolMapper.DocumentSymbolKindProvider;
import org.eclipse.xtext.ide.server.symbol.DocumentSymbolMapper.DocumentSymbolNameProvider;

import concord.dsl.ide.contentassist.PartnershipProposalProvider;
import concord.dsl.ide.contentassist.PartnershipReferenceProposals;
import concord.dsl.ide.formatting.PartnershipFormatting;
import concord.dsl.ide.highlighting.PartnershipHighlighting;
import concord.dsl.ide.hover.PartnershipHoverService;
import concord.dsl.ide.quickfix.PartnershipQuickFixes;
import concord.dsl.ide.rename.PartnershipRename;
import concord.dsl.ide.symbols.PartnershipSymbolKinds;
import concord.dsl.ide.symbols.PartnershipSymbolNames;
import concord.dsl.ide.symbols.WrittenReferenceFinder;

/** The language's editor services, used by the language server and, in process, by the workbench's editor. */
public class PartnershipIdeModule extends AbstractPartnershipIdeModule {

	public Class<? extends IdeContentProposalProvider> bindIdeContentProposalProvider() {
		return PartnershipProposalProvider.class;
	}

	public Class<? extends IHoverService> bindIHoverService() {
		return PartnershipHoverService.class;
	}

	public Class<? extends ISemanticHighlightingCalculator> bindISemanticHighlightingCalculator() {
		return PartnershipHighlighting.class;
	}

	public Class<? extends IQuickFixProvider> bindIQuickFixProvider() {
		return PartnershipQuickFixes.class;
	}

	public Class<? extends ICodeActionService2> bindICodeActionService2() {
		return QuickFixCodeActionService.class;
	}

	public Class<? extends IdeCrossrefProposalProvider> bindIdeCrossrefProposalProvider() {
		return PartnershipReferenceProposals.class;
	}

	public Class<? extends DocumentSymbolNameProvider> bindDocumentSymbolNameProvider() {
		return PartnershipSymbolNames.class;
	}

	public Class<? extends DocumentSymbolKindProvider> bindDocumentSymbolKindProvider() {
		return PartnershipSymbolKinds.class;
	}

	@Override
	public Class<? extends IRenameService2> bindIRenameService2() {
		return PartnershipRename.class;
	}

	public Class<? extends FormattingService> bindFormattingService() {
		return PartnershipFormatting.class;
	}

	public Class<? extends IReferenceFinder> bindIReferenceFinder() {
		return WrittenReferenceFinder.class;
	}
}
