package concord.dsl.naming;

import java.util.List;

import org.eclipse.xtext.naming.DefaultDeclarativeQualifiedNameProvider;
import org.eclipse.xtext.naming.QualifiedName;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.util.Strings;

import concord.model.partnership.Membership;
import concord.model.partnership.PartnershipPackage.Literals;
import concord.model.partnership.Resource;

/**
 * Names of the elements a spec refers to. Actors and partnerships have names; a membership is known by
 * its organisation's name and a resource by its description, inside their partnership. The membership's
 * name is read from the text, not by resolving the reference: naming must not trigger linking.
 */
public class PartnershipQualifiedNames extends DefaultDeclarativeQualifiedNameProvider {

	protected QualifiedName qualifiedName(Membership membership) {
		List<INode> nodes = NodeModelUtils.findNodesForFeature(membership, Literals.MEMBERSHIP__ORGANISATION);
		String name = null;
		if (!nodes.isEmpty()) {
			name = unquote(NodeModelUtils.getTokenText(nodes.get(0)));
		} else if (membership.getOrganisation() != null && !membership.getOrganisation().eIsProxy()) {
			name = membership.getOrganisation().getName();
		}
		return within(membership.eContainer(), name);
	}

	protected QualifiedName qualifiedName(Resource resource) {
		return within(resource.eContainer(), resource.getDescription());
	}

	private QualifiedName within(org.eclipse.emf.ecore.EObject container, String name) {
		if (name == null || name.isEmpty()) {
			return null;
		}
		QualifiedName parent = getFullyQualifiedName(container);
		return parent == null ? QualifiedName.create(name) : parent.append(name);
	}

	/** The last quoted segment of a name as written, e.g. "Victim Support" from "Lib"::"Victim Support". */
	private static String unquote(String text) {
		String trimmed = text.trim();
		int end = trimmed.length() - 1;
		if (end > 0 && (trimmed.charAt(end) == '"' || trimmed.charAt(end) == '\'')) {
			char quote = trimmed.charAt(end);
			int start = trimmed.lastIndexOf(quote, end - 1);
			// the serializer escapes an apostrophe inside double quotes ("Children\'s Services"): read it as the name
			return Strings.convertFromJavaString(trimmed.substring(start + 1, end), true);
		}
		return trimmed;
	}
}
