package concord.dsl.ide.symbols;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.xtext.findReferences.ReferenceFinder;

import com.google.common.base.Predicate;

/**
 * Finds the references a spec writes, not the ones the metamodel derives from them (a partnership's
 * {@code allActors} points at every member's organisation, but nothing in the text says so, and a
 * rename must not edit the partnership's header).
 */
public class WrittenReferenceFinder extends ReferenceFinder {

	@Override
	protected boolean doProcess(EReference reference, Predicate<URI> targetURIs) {
		return !reference.isDerived() && super.doProcess(reference, targetURIs);
	}
}
