package concord.templates;

/**
 * A template pack cannot be used: unsafe, malformed or inconsistent. The message names the pack and,
 * where there is one, the entry at fault, so a trainer can fix the pack.
 */
public final class PackException extends Exception {

	private static final long serialVersionUID = 1L;

	public PackException(String message) {
		super(message);
	}

	public PackException(String message, Throwable cause) {
		super(message, cause);
	}
}
