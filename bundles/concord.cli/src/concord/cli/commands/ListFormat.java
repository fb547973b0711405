package concord.cli.commands;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import concord.cli.exit.InputError;

import picocli.CommandLine.Option;

/** The {@code --format text|json} option of the commands that print a list (diff, network), as a picocli mixin. */
public final class ListFormat {

	@Option(names = "--format", paramLabel = "FORMAT", description = "text (default) or json.")
	String format = "text";

	/** Whether JSON was asked for; any word but text and json is a usage error. */
	public boolean json() {
		if (!format.equals("text") && !format.equals("json")) {
			throw new InputError("--format " + format + ": unknown format (expected text or json)");
		}
		return format.equals("json");
	}

	/** How these commands write JSON: indented, for people as well as programs. */
	public static ObjectMapper mapper() {
		return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
	}
}
