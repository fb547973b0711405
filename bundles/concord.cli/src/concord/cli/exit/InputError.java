package concord.cli.exit;

/**
 * Something the user can fix about the command line or an input file. Its message is printed as is
 * (it already names the file, and the line where one is known), and the command exits with
 * {@link ExitCode#INPUT_ERROR}; no stack trace unless --debug.
 */
public class InputError extends RuntimeException {

	private static final long serialVersionUID = 1L;

	public InputError(String message) {
		super(message);
	}

	public InputError(String message, Throwable cause) {
		super(message, cause);
	}

	/** A write that failed ({@link concord.model.resource.AtomicFile} left the target as it was). */
	public static InputError cannotWrite(java.nio.file.Path target, java.io.IOException failure) {
		if (failure instanceof java.nio.file.FileSystemException named && named.getReason() != null) {
			return new InputError(target + ": " + named.getReason(), failure);
		}
		return new InputError(target + ": cannot write (" + failure.getMessage() + ")", failure);
	}
}
