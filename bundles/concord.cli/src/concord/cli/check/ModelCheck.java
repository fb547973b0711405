package concord.cli.check;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;

import concord.model.helpers.ElementNames;
import concord.validation.RuleValidator;
import concord.validation.catalogue.Finding;

/**
 * Runs the rule catalogue on a model read from XMI or JSON. These formats carry no line numbers, so a
 * problem names the element by its path instead.
 */
public final class ModelCheck {

	private final RuleValidator validator;

	public ModelCheck(RuleValidator validator) {
		this.validator = validator;
	}

	public List<Problem> check(Path file, Resource resource) {
		List<Problem> problems = new ArrayList<>();
		for (EObject root : resource.getContents()) {
			for (Finding finding : validator.validate(root)) {
				problems.add(new Problem(file, 0, 0, finding.severity(), finding.ruleId(), finding.message(),
						finding.source(), ElementNames.path(finding.element())));
			}
		}
		return problems;
	}
}
