package concord.dsl.serializer;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.CrossReference;
import org.eclipse.xtext.conversion.IValueConverterService;
import org.eclipse.xtext.conversion.ValueConverterException;
import org.eclipse.xtext.linking.impl.LinkingHelper;
import org.eclipse.xtext.naming.IQualifiedNameConverter;
import org.eclipse.xtext.naming.IQualifiedNameProvider;
import org.eclipse.xtext.naming.QualifiedName;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.eclipse.xtext.scoping.IScope;
import org.eclipse.xtext.serializer.diagnostic.ISerializationDiagnostic.Acceptor;
import org.eclipse.xtext.serializer.tokens.CrossReferenceSerializer;

import com.google.inject.Inject;

/**
 * Writes a reference as the shortest tail of its target's qualified name that the reference's own
 * scope links back to the target ({@code "Victim Support"} inside its model, {@code "Lib"::"Victim Support"}
 * from another spec). Xtext's serializer asks the scope for every name of the target instead, and the
 * scopes answer that by comparing the target's URI with each element they hold: a model of n elements
 * took n² steps to write (8 minutes for 100k elements). Looking names up goes through the scope's index
 * and is checked by the linker's own lookup ({@link IScope#getSingleElement(QualifiedName)}), so the name
 * written is one that reads back as the same target. A target without a qualified name, or whose names
 * are all shadowed, falls back to Xtext's search.
 */
public class LinkedNameSerializer extends CrossReferenceSerializer {

	@Inject
	private IQualifiedNameProvider qualifiedNames;

	@Inject
	private IQualifiedNameConverter nameConverter;

	@Inject
	private IValueConverterService valueConverters;

	@Inject
	private LinkingHelper linkingHelper;

	@Override
	protected String getCrossReferenceNameFromScope(EObject semanticObject, CrossReference crossref, EObject target,
			IScope scope, Acceptor errors) {
		String written = shortestLinkingName(crossref, target, scope);
		return written != null ? written : super.getCrossReferenceNameFromScope(semanticObject, crossref, target, scope, errors);
	}

	private String shortestLinkingName(CrossReference crossref, EObject target, IScope scope) {
		QualifiedName full = target == null ? null : qualifiedNames.getFullyQualifiedName(target);
		if (full == null || full.isEmpty()) {
			return null;
		}
		String rule = linkingHelper.getRuleNameFrom(crossref);
		for (int tail = 1; tail <= full.getSegmentCount(); tail++) {
			QualifiedName candidate = full.skipFirst(full.getSegmentCount() - tail);
			IEObjectDescription found = scope.getSingleElement(candidate);
			if (found != null && isTarget(found, target)) {
				try {
					return valueConverters.toString(nameConverter.toString(candidate), rule);
				} catch (ValueConverterException unwritable) {
					// a longer name may be writable; Xtext's search reports the name that is not
				}
			}
		}
		return null;
	}

	private static boolean isTarget(IEObjectDescription found, EObject target) {
		EObject object = found.getEObjectOrProxy();
		return object == target || (object != null && EcoreUtil.getURI(target).equals(found.getEObjectURI()));
	}
}
