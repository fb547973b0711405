package concord.dsl.ide.quickfix;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.XtextResource;

import concord.model.partnership.PartnershipModel;
import concord.validation.ActiveProfile;
import concord.validation.RuleValidator;
import concord.validation.catalogue.Finding;

/**
 * The finding a quick fix settles, found again in the text as it is now: the language server's code
 * actions and the workbench's marker resolutions both look it up here.
 */
public final class FixableFinding {

	private FixableFinding() {
	}

	/**
	 * The finding of {@code ruleId}, under the profile in force for the resource, that offers fixes on the
	 * innermost element whose statement contains {@code offset}.
	 */
	public static Optional<Finding> at(XtextResource resource, String ruleId, int offset) {
		if (resource.getContents().isEmpty() || !(resource.getContents().get(0) instanceof PartnershipModel model)) {
			return Optional.empty();
		}
		List<Finding> findings = new RuleValidator(ActiveProfile.of(model)).validate(model);
		return findings.stream().filter(f -> f.ruleId().equals(ruleId) && !f.fixes().isEmpty() && contains(f.element(), offset))
				.max(Comparator.comparingInt(f -> NodeModelUtils.getNode(f.element()).getOffset()));
	}

	private static boolean contains(EObject element, int offset) {
		ICompositeNode node = NodeModelUtils.getNode(element);
		return node != null && node.getOffset() <= offset && offset <= node.getEndOffset();
	}
}
