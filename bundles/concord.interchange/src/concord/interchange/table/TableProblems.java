package concord.interchange.table;

import java.util.ArrayList;
import java.util.List;

/**
 * The problems found in a set of tables, each starting "source:row:column:". An import collects them all
 * before it writes anything, so that the user fixes a spreadsheet in one pass and no spec is half changed.
 */
public final class TableProblems extends RuntimeException {

	private static final long serialVersionUID = 1L;

	private final List<String> problems = new ArrayList<>();

	public TableProblems() {
		super("", null, false, false);
	}

	public void add(String at, String message) {
		problems.add(at + ": " + message);
	}

	public List<String> problems() {
		return List.copyOf(problems);
	}

	public boolean isEmpty() {
		return problems.isEmpty();
	}

	/** Throws this collection when it holds any problem. */
	public void throwIfAny() {
		if (!problems.isEmpty()) {
			throw this;
		}
	}

	@Override
	public String getMessage() {
		return String.join(System.lineSeparator(), problems);
	}
}
