package concord.validation;

import java.util.List;

/**
 * A rule profile could not be read. The message lists every problem, one per line, as
 * {@code source:line: problem}, so that a trainer can fix a profile in one pass.
 */
public final class ProfileException extends Exception {

	private static final long serialVersionUID = 1L;

	private final List<String> problems;

	public ProfileException(List<String> problems) {
		super(String.join(System.lineSeparator(), problems));
		this.problems = List.copyOf(problems);
	}

	/** Each problem as {@code source:line: problem}, e.g. "teaching.profile:3: unknown rule id 'XX-99'". */
	public List<String> problems() {
		return problems;
	}
}
