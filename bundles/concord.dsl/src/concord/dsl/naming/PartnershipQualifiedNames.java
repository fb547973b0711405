package concord.dsl.naming;

import java.util.List;

import org.eclipse.xtext.conversion.IValueConverterService;
import org.eclipse.xtext.conversion.ValueConverterException;
import org.eclipse.xtext.naming.DefaultDeclarativeQualifiedNameProvider;
import org.eclipse.xtext.naming.QualifiedName;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;

import com.google.inject.Inject;

import concord.model.partnership.Membership;
import concord.model.partnership.PartnershipPackage.Literals;
import concord.model.partnership.Resource;

/**
 * Names of the elements a spec refers to. Actors and partnerships have names; a membership is known by
 * its organisation's name and a resource by its description, inside their partnership. The membership's
 * name is read from the text, not by resolving the reference: naming must not trigger linking.
 */
public class PartnershipQualifiedNames extends DefaultDeclarativeQualifiedNameProvider {

	@Inject
	private IValueConverterService valueConverters;

	protected QualifiedName qualifiedName(Membership membership) {
		List<INode> nodes = NodeModelUtils.findNodesForFeature(membership, Literals.MEMBERSHIP__ORGANISATION);
		String name = null;
		if (!nodes.isEmpty()) {
			name = lastSegment(nodes.get(0));
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

	/**
	 * The last segment of a name as written, read by the language's own converter (escapes included):
	 * {@code Victim Support} from {@code "Lib"::"Victim Support"}, {@code Children's Services} from
	 * {@code "Children\'s Services"}, so that the membership is known by the name its organisation declares.
	 */
	private String lastSegment(INode node) {
		String value;
		try {
			value = (String) valueConverters.toValue(NodeModelUtils.getTokenText(node), "Name", node);
		} catch (ValueConverterException unreadable) {
			return null;
		}
		if (value == null) {
			return null;
		}
		int delimiter = value.lastIndexOf(PartnershipNameConverter.DELIMITER);
		return delimiter < 0 ? value : value.substring(delimiter + PartnershipNameConverter.DELIMITER.length());
	}
}
