package concord.cli.check;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import concord.validation.catalogue.Severity;

/**
 * The outcome of validating some files: every file looked at, every problem found (in file order),
 * and the severity at which the run fails.
 */
public record CheckRun(List<Path> files, List<Problem> problems, Severity failOn) {

	public CheckRun {
		files = List.copyOf(files);
		List<Problem> sorted = new ArrayList<>(problems);
		sorted.sort(Problem.IN_FILE_ORDER);
		problems = List.copyOf(sorted);
	}

	public List<Problem> problemsOf(Path file) {
		return problems.stream().filter(p -> p.file().equals(file)).toList();
	}

	public long count(Severity severity) {
		return problems.stream().filter(p -> p.severity() == severity).count();
	}

	/** 2 when a file could not be read, 1 when a problem reaches the threshold, else 0. */
	public int exitCode() {
		if (problems.stream().anyMatch(Problem::isInputError)) {
			return concord.cli.exit.ExitCode.INPUT_ERROR;
		}
		return problems.stream().anyMatch(p -> p.atLeast(failOn)) ? concord.cli.exit.ExitCode.FINDINGS : concord.cli.exit.ExitCode.OK;
	}

	/** "2 errors, 3 warnings, 1 info in 4 files". */
	public String summary() {
		return plural(count(Severity.ERROR), "error") + ", " + plural(count(Severity.WARNING), "warning") + ", "
				+ count(Severity.INFO) + " info in " + plural(files.size(), "file");
	}

	private static String plural(long count, String noun) {
		return count + " " + noun + (count == 1 ? "" : "s");
	}
}
