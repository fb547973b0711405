package concord.dsl.resource;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.util.List;

import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.linking.lazy.LazyLinkingResource;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;

import concord.model.resource.Utf8Text;

/**
 * The partnership language's resource, with two guards every reader of spec text shares (command line,
 * language server, map, workbench): text that is not UTF-8 is an error at the first invalid byte
 * instead of silently becoming U+FFFD, and a file with very many syntax errors reports the first
 * {@link #MAX_SYNTAX_ERRORS} and then how many more there are, so that neither the report nor the
 * work done per error grows without bound. Its error and warning lists answer "is this diagnostic
 * already there" without a scan ({@link DiagnosticList}), which keeps linking linear in the number of
 * unresolved names.
 */
public class PartnershipTextResource extends LazyLinkingResource {

	/** Enough to fix a file from; past this, later errors are mostly echoes of the first ones. */
	public static final int MAX_SYNTAX_ERRORS = 100;

	private Utf8Text.InvalidByte invalidByte;
	private int syntaxErrors;
	private INode firstUnreported;

	@Override
	public EList<Resource.Diagnostic> getErrors() {
		if (errors == null) {
			errors = new DiagnosticList(this, RESOURCE__ERRORS);
		}
		return errors;
	}

	@Override
	public EList<Resource.Diagnostic> getWarnings() {
		if (warnings == null) {
			warnings = new DiagnosticList(this, RESOURCE__WARNINGS);
		}
		return warnings;
	}

	@Override
	protected Reader createReader(InputStream inputStream) throws IOException {
		Utf8Text.Decoded decoded = Utf8Text.decode(inputStream.readAllBytes());
		invalidByte = decoded.invalid();
		return new StringReader(decoded.text());
	}

	@Override
	protected void addSyntaxErrors() {
		syntaxErrors = 0;
		firstUnreported = null;
		super.addSyntaxErrors();
		if (invalidByte != null) {
			getErrors().add(0, new PositionedDiagnostic(invalidByte.message(), invalidByte.line(), invalidByte.column(),
					invalidByte.offset()));
		}
		if (firstUnreported != null) {
			int column = NodeModelUtils.getLineAndColumn(firstUnreported, firstUnreported.getOffset()).getColumn();
			getErrors().add(new PositionedDiagnostic("... and " + (syntaxErrors - MAX_SYNTAX_ERRORS)
					+ " more syntax errors (only the first " + MAX_SYNTAX_ERRORS + " are reported)",
					firstUnreported.getStartLine(), column, firstUnreported.getOffset()));
		}
	}

	@Override
	protected void addSyntaxDiagnostic(List<Resource.Diagnostic> diagnostics, INode node) {
		syntaxErrors++;
		if (syntaxErrors <= MAX_SYNTAX_ERRORS) {
			super.addSyntaxDiagnostic(diagnostics, node);
		} else if (firstUnreported == null) {
			firstUnreported = node;
		}
	}

	/** Text given as a string (an editor's buffer) was never bytes: only a load can hold invalid UTF-8. */
	@Override
	public void reparse(String newContent) throws IOException {
		invalidByte = null;
		super.reparse(newContent);
	}

	@Override
	public void update(int offset, int replacedTextLength, String newText) {
		invalidByte = null;
		super.update(offset, replacedTextLength, newText);
	}
}
