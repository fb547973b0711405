package concord.dsl.resource;

import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.diagnostics.AbstractDiagnostic;
import org.eclipse.xtext.diagnostics.Diagnostic;
import org.eclipse.xtext.nodemodel.INode;

/**
 * A syntax-level error at a position rather than at a node of the parse: an invalid byte (which the
 * parser never saw) or the count of syntax errors left unreported. It carries the syntax code, so every
 * reader treats it as the input error it is (exit code 2 on the command line).
 */
final class PositionedDiagnostic extends AbstractDiagnostic {

	private final String message;
	private final int line;
	private final int column;
	private final int offset;

	PositionedDiagnostic(String message, int line, int column, int offset) {
		this.message = message;
		this.line = line;
		this.column = column;
		this.offset = offset;
	}

	@Override
	protected INode getNode() {
		return null;
	}

	@Override
	public String getCode() {
		return Diagnostic.SYNTAX_DIAGNOSTIC;
	}

	@Override
	public String[] getData() {
		return null;
	}

	@Override
	public String getMessage() {
		return message;
	}

	@Override
	public int getLine() {
		return line;
	}

	@Override
	public int getColumn() {
		return column;
	}

	@Override
	public int getLineEnd() {
		return line;
	}

	@Override
	public int getColumnEnd() {
		return column + 1;
	}

	@Override
	public int getOffset() {
		return offset;
	}

	@Override
	public int getLength() {
		return 1;
	}

	@Override
	public URI getUriToProblem() {
		return null;
	}
}
