package concord.cli.spec;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.ecore.resource.Resource;

import concord.cli.check.Problem;

/**
 * A spec file as read: its resource (possibly partial) and what went wrong while reading it.
 *
 * @param problems syntax, reference and load errors found while reading; rule findings come later
 */
public record LoadedSpec(Path file, SpecFormat format, Resource resource, List<Problem> problems) {

	public LoadedSpec {
		problems = List.copyOf(problems);
	}

	/** Whether the file was read without errors, so that it can be validated, converted or formatted. */
	public boolean isReadable() {
		return problems.stream().noneMatch(Problem::isInputError);
	}
}
