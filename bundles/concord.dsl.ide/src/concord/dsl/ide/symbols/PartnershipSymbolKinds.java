package concord.dsl.ide.symbols;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.lsp4j.SymbolKind;
import org.eclipse.xtext.ide.server.symbol.DocumentSymbolMapper.DocumentSymbolKindProvider;

import concord.model.partnership.PartnershipPackage.Literals;

/** Outline icons by kind: partnerships as modules, organisations as classes, people as objects. */
public class PartnershipSymbolKinds extends DocumentSymbolKindProvider {

	@Override
	protected SymbolKind getSymbolKind(EClass type) {
		if (type == Literals.PARTNERSHIP_MODEL) {
			return SymbolKind.File;
		}
		if (type == Literals.PARTNERSHIP) {
			return SymbolKind.Module;
		}
		if (type == Literals.ORGANISATION) {
			return SymbolKind.Class;
		}
		if (type == Literals.PERSON) {
			return SymbolKind.Object;
		}
		if (type == Literals.GROUP) {
			return SymbolKind.Struct;
		}
		if (type == Literals.MEMBERSHIP) {
			return SymbolKind.Field;
		}
		return super.getSymbolKind(type);
	}
}
