package concord.dsl.linking;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.eclipse.xtext.conversion.IValueConverterService;
import org.eclipse.xtext.diagnostics.DiagnosticMessage;
import org.eclipse.xtext.linking.impl.LinkingDiagnosticMessageProvider;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.eclipse.xtext.scoping.IScope;
import org.eclipse.xtext.scoping.IScopeProvider;
import org.eclipse.xtext.util.IResourceScopeCache;

import com.google.inject.Inject;

import concord.dsl.naming.PartnershipNameConverter;

/**
 * A simple name resolves only to the spec's own declarations, so a name is never silently ambiguous
 * between specs. When other specs declare the name, the error says so and shows the qualified names
 * to choose from ({@code "Library A"::"Victim Support"} or {@code "Library B"::"Victim Support"}).
 */
public class PartnershipLinkingMessages extends LinkingDiagnosticMessageProvider {

	@Inject
	private IScopeProvider scopes;
	@Inject
	private IValueConverterService valueConverters;

	@Inject
	private IResourceScopeCache cache;

	@Override
	public DiagnosticMessage getUnresolvedProxyMessage(ILinkingDiagnosticContext context) {
		DiagnosticMessage plain = super.getUnresolvedProxyMessage(context);
		String name = context.getLinkText();
		if (name == null || name.contains(PartnershipNameConverter.DELIMITER)) {
			return plain;
		}
		// Xtext also asks for this message each time a link resolves while the spec has errors (to clear an
		// old error). So no look-up in the scope here: with 8,000 members named alike, one look-up walks all
		// of them. The index of qualified names is built once and answers every name, resolved or not.
		List<String> elsewhere = qualifiedElsewhere(context).getOrDefault(name, List.of());
		if (elsewhere.isEmpty()) {
			return plain;
		}
		String message = "'" + name + "' is not declared in this spec; " + (elsewhere.size() == 1 ? "another spec declares it as "
				: "other specs declare it as ") + String.join(" and ", elsewhere) + ": write the qualified name of the one you mean.";
		return new DiagnosticMessage(message, plain.getSeverity(), plain.getIssueCode(), plain.getIssueData());
	}

	/**
	 * The qualified names in scope, by their last segment: built once per resource and reference (and
	 * dropped when the resource changes), so that 20,000 unresolved names cost one pass over the scope,
	 * not one pass each.
	 */
	private Map<String, List<String>> qualifiedElsewhere(ILinkingDiagnosticContext context) {
		org.eclipse.emf.ecore.resource.Resource resource = context.getContext().eResource();
		return cache.get(List.of(PartnershipLinkingMessages.class, context.getReference()), resource, () -> {
			IScope scope = scopes.getScope(context.getContext(), context.getReference());
			Map<String, List<String>> byLastSegment = new HashMap<>();
			for (IEObjectDescription candidate : scope.getAllElements()) {
				if (candidate.getName().getSegmentCount() > 1) {
					byLastSegment.computeIfAbsent(candidate.getName().getLastSegment(), k -> new ArrayList<>())
							.add(candidate.getName().getSegments().stream().map(s -> valueConverters.toString(s, "STRING"))
									.collect(Collectors.joining(PartnershipNameConverter.DELIMITER)));
				}
			}
			return byLastSegment;
		});
	}
}
