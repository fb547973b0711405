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

	/** The problems in the order of the sheets' files, rows and columns. */
	public List<String> problems() {
		return problems.stream().sorted(java.util.Comparator.comparing((String p) -> p.substring(0, p.indexOf(':')))
				.thenComparingInt(p -> number(p, 1)).thenComparingInt(p -> number(p, 2))).toList();
	}

	/** The row (1) or column (2) of a problem's "source:row:column:" start. */
	private static int number(String problem, int part) {
		String[] parts = problem.split(":", 4);
		try {
			return Integer.parseInt(parts[part].strip());
		} catch (NumberFormatException | ArrayIndexOutOfBoundsException e) {
			return 0;
		}
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
		return String.join(System.lineSeparator(), problems());
	}
}
