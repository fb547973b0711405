package concord.dsl.ide.symbols;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.ide.server.symbol.DocumentSymbolMapper.DocumentSymbolNameProvider;
import org.eclipse.xtext.naming.QualifiedName;

import concord.dsl.naming.PartnershipNameConverter;

/**
 * Symbol names as a reader knows them: an outline shows "Victim Support" under its partnership (the
 * tree gives the context), and a workspace-wide list shows the qualified name the language would write.
 */
public class PartnershipSymbolNames extends DocumentSymbolNameProvider {

	@Override
	public String getName(EObject object) {
		String qualified = super.getName(object);
		if (qualified == null) {
			return null;
		}
		int last = qualified.lastIndexOf(PartnershipNameConverter.DELIMITER);
		return last < 0 ? qualified : qualified.substring(last + PartnershipNameConverter.DELIMITER.length());
	}

	@Override
	protected String getName(QualifiedName qualifiedName) {
		return qualifiedName == null ? null : qualifiedName.toString(PartnershipNameConverter.DELIMITER);
	}
}
