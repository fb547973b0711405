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
	private INode previousError;

	private static final java.util.regex.Pattern LEXER_WORD_ERROR = java.util.regex.Pattern
			.compile("no viable alternative at character '[\\p{L}\\p{N}_-]'");

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
		previousError = null;
		super.addSyntaxErrors();
		if (invalidByte != null) {
			getErrors().add(0, new PositionedDiagnostic(invalidByte.message(), invalidByte.line(), invalidByte.column(),
					invalidByte.offset()));
		}
		wordsTheLexerCouldNotRead();
		if (firstUnreported != null) {
			int column = NodeModelUtils.getLineAndColumn(firstUnreported, firstUnreported.getOffset()).getColumn();
			getErrors().add(new PositionedDiagnostic("... and " + (syntaxErrors - MAX_SYNTAX_ERRORS)
					+ " more syntax errors (only the first " + MAX_SYNTAX_ERRORS + " are reported)",
					firstUnreported.getStartLine(), column, firstUnreported.getOffset()));
		}
	}

	/**
	 * The lexer's "no viable alternative at character 'n'" inside a word is never what to fix: next to an
	 * error of the parser it is an echo of it (the parser skipped that stretch), so it is dropped; alone it
	 * is said in words, with the whole word.
	 */
	private void wordsTheLexerCouldNotRead() {
		List<Resource.Diagnostic> errors = getErrors();
		boolean parserErrors = errors.stream().anyMatch(e -> !LEXER_WORD_ERROR.matcher(e.getMessage()).matches());
		for (int i = errors.size() - 1; i >= 0; i--) {
			if (LEXER_WORD_ERROR.matcher(errors.get(i).getMessage()).matches()) {
				Resource.Diagnostic lexer = errors.remove(i);
				if (!parserErrors && lexer instanceof org.eclipse.xtext.diagnostics.AbstractDiagnostic positioned) {
					errors.add(i, new PositionedDiagnostic("`" + wordAt(positioned.getOffset()) + "` is not a word of the language",
							lexer.getLine(), lexer.getColumn(), positioned.getOffset()));
				}
			}
		}
	}

	private String wordAt(int offset) {
		String text = getParseResult().getRootNode().getText();
		int start = offset;
		int end = offset;
		while (start > 0 && offset - start < 80 && isWordChar(text.charAt(start - 1))) {
			start--;
		}
		while (end < text.length() && end - offset < 80 && isWordChar(text.charAt(end))) {
			end++;
		}
		return text.substring(start, Math.max(end, Math.min(text.length(), offset + 1)));
	}

	private static boolean isWordChar(char c) {
		return Character.isLetterOrDigit(c) || c == '-' || c == '_';
	}

	/**
	 * A word the lexer could not finish ("network-of-networks" after the keyword prefix "network-of-") is
	 * one error, not two: the parser's error on the rest of the word, on the same line, names the whole word
	 * and what was expected; it is placed where the word starts, and the lexer's "no viable alternative at
	 * character 'n'" there is dropped.
	 */
	@Override
	protected void addSyntaxDiagnostic(List<Resource.Diagnostic> diagnostics, INode node) {
		if (previousError != null && previousError.getStartLine() == node.getStartLine() && syntaxErrors <= MAX_SYNTAX_ERRORS
				&& LEXER_WORD_ERROR.matcher(previousError.getSyntaxErrorMessage().getMessage()).matches() && !diagnostics.isEmpty()) {
			diagnostics.remove(diagnostics.size() - 1);
			INode wordStart = previousError;
			previousError = node;
			int column = NodeModelUtils.getLineAndColumn(wordStart, wordStart.getOffset()).getColumn();
			diagnostics.add(new PositionedDiagnostic(node.getSyntaxErrorMessage().getMessage(), wordStart.getStartLine(), column,
					wordStart.getOffset()));
			return;
		}
		previousError = node;
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
