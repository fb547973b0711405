package concord.cli.exit;

/** The exit codes scripts and CI rely on; documented in docs/cli.md. */
public final class ExitCode {

	/** Nothing at or above the --fail-on threshold; the command did what it was asked. */
	public static final int OK = 0;
	/** Findings at or above the threshold (validate), or files not canonical (format --check). */
	public static final int FINDINGS = 1;
	/** The command line or an input could not be used: bad options, unreadable or broken files, bad profiles. */
	public static final int INPUT_ERROR = 2;
	/** A defect in Concord itself; --debug shows the stack trace. */
	public static final int INTERNAL_ERROR = 3;

	private ExitCode() {
	}
}
