package concord.dsl.ide.contentassist;

import java.util.HashSet;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.CrossReference;
import org.eclipse.xtext.conversion.IValueConverterService;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistContext;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistEntry;
import org.eclipse.xtext.ide.editor.contentassist.IdeCrossrefProposalProvider;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.eclipse.xtext.scoping.IScope;

import com.google.common.collect.Iterables;
import com.google.inject.Inject;

import concord.dsl.naming.PartnershipNameConverter;
import concord.model.catalogue.LiteralDoc;

/**
 * Reference proposals as the language writes names: quoted, with {@code ::} between the segments of a
 * qualified name ({@code "Shared agencies"::"Victim Support"}). An element reachable by its simple name
 * is offered once, by that name, not again by its qualified one.
 */
public class PartnershipReferenceProposals extends IdeCrossrefProposalProvider {

	@Inject
	private IValueConverterService valueConverters;

	@Override
	protected Iterable<IEObjectDescription> queryScope(IScope scope, CrossReference crossReference, ContentAssistContext context) {
		Iterable<IEObjectDescription> all = super.queryScope(scope, crossReference, context);
		Set<URI> bySimpleName = new HashSet<>();
		for (IEObjectDescription candidate : all) {
			if (candidate.getName().getSegmentCount() == 1) {
				bySimpleName.add(candidate.getEObjectURI());
			}
		}
		return Iterables.filter(all,
				candidate -> candidate.getName().getSegmentCount() == 1 || !bySimpleName.contains(candidate.getEObjectURI()));
	}

	@Override
	protected ContentAssistEntry createProposal(IEObjectDescription candidate, CrossReference crossReference,
			ContentAssistContext context) {
		String text = candidate.getName().getSegments().stream().map(segment -> valueConverters.toString(segment, "STRING"))
				.collect(Collectors.joining(PartnershipNameConverter.DELIMITER));
		return getProposalCreator().createProposal(text, context, entry -> {
			entry.setSource(candidate);
			entry.setLabel(String.join(PartnershipNameConverter.DELIMITER, candidate.getName().getSegments()));
			entry.setDescription(LiteralDoc.of(candidate.getEClass()).label());
			entry.setKind(ContentAssistEntry.KIND_REFERENCE);
		});
	}
}
