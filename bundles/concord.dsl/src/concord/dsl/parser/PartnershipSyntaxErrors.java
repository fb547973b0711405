package concord.dsl.parser;

import java.lang.ref.WeakReference;
import java.util.List;
import java.util.Map;

import org.antlr.runtime.CommonToken;
import org.antlr.runtime.RecognitionException;
import org.antlr.runtime.Token;
import org.antlr.runtime.TokenStream;
import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.xtext.IGrammarAccess;
import org.eclipse.xtext.nodemodel.SyntaxErrorMessage;

import com.google.inject.Inject;
import org.eclipse.xtext.parser.antlr.SyntaxErrorMessageProvider;

import concord.model.partnership.FrostStage;
import concord.model.partnership.KeastLevel;
import concord.model.partnership.WorkingMode;

/**
 * The language's syntax errors, in the analyst's words ({@link SyntaxErrorText}: what was found, what the
 * statement expects there, "did you mean"), one per statement: after an error, the parser's follow-on
 * errors on the same line are dropped (they are echoes of the first while it resynchronises). A level
 * written on another integration scale gets rule WF-06's message: "collaboration" is a different rung on
 * Frost's, Keast's and the New Zealand scale, so the sources' words are easily put on the wrong one.
 * <p>
 * All of it works from the parser's state at the error (token, current node, the token before), so a file
 * with thousands of errors costs no more per error than a file with one.
 */
public class PartnershipSyntaxErrors extends SyntaxErrorMessageProvider {

	/** The rule id the catalogue gives this mistake. */
	public static final String WRONG_SCALE = "WF-06";

	private static final Map<String, Scale> SCALES = Map.of(
			"frost", new Scale("a Frost stage", "Frost's stages", List.of(FrostStage.values())),
			"keast", new Scale("a Keast level", "Keast's levels", List.of(KeastLevel.values())),
			"nz", new Scale("a New Zealand working mode", "the New Zealand modes", List.of(WorkingMode.values())));

	private record Scale(String member, String plural, List<? extends Enumerator> levels) {
		boolean has(String word) {
			return levels.stream().anyMatch(level -> kebab(level).equals(word));
		}

		String list() {
			return String.join(", ", levels.stream().map(Scale::kebab).toList());
		}

		static String kebab(Enumerator level) {
			return level.getName().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
		}
	}

	private SyntaxErrorText words;

	/** The last reported error of the parse running on this thread: its token stream and line. */
	private final ThreadLocal<LastError> last = new ThreadLocal<>();

	private record LastError(WeakReference<Object> stream, int line, int tokenIndex) {
		boolean echoedBy(Object input, CommonToken token) {
			return stream.get() == input && (token.getLine() == line || token.getTokenIndex() <= tokenIndex);
		}
	}

	@Inject
	void readGrammar(IGrammarAccess grammar) {
		words = new SyntaxErrorText(new GrammarWords(grammar.getGrammar()));
	}

	@Override
	public SyntaxErrorMessage getSyntaxErrorMessage(IParserErrorContext context) {
		RecognitionException exception = context.getRecognitionException();
		if (exception == null) {
			return lexerError(context);
		}
		if (exception.token instanceof CommonToken token) {
			LastError previous = last.get();
			Token before = previousToken(exception, token, context.getTokenNames());
			if (before != null && before.getType() == Token.INVALID_TOKEN_TYPE && before.getText() != null
					&& (before.getText().startsWith("\"") || before.getText().startsWith("'"))) {
				return null; // the text the lexer could not read (an unclosed quote, reported there) is missing here
			}
			if (previous != null && previous.echoedBy(exception.input, token)) {
				return null;
			}
			last.set(new LastError(new WeakReference<>(exception.input), token.getLine(), token.getTokenIndex()));
			SyntaxErrorMessage scale = wrongScale(before, token);
			if (scale != null) {
				return scale;
			}
			Token lookahead = exception.input instanceof TokenStream stream ? stream.LT(1) : null;
			String message = words.message(context.getCurrentNode(), token, before, lookahead);
			if (message != null) {
				return new SyntaxErrorMessage(message, null);
			}
		}
		return super.getSyntaxErrorMessage(context);
	}

	/** The lexer's errors: a text whose closing quote is missing (texts end on their line) in words. */
	private SyntaxErrorMessage lexerError(IParserErrorContext context) {
		String message = context.getDefaultMessage();
		if (message != null && message.startsWith("mismatched character") && (message.endsWith("expecting '\"'")
				|| message.endsWith("expecting '\\''"))) {
			return new SyntaxErrorMessage("a quoted text is not closed on this line: add the closing quote"
					+ " (a text ends on the line it starts; write \\n for a line break)", null);
		}
		return super.getSyntaxErrorMessage(context);
	}

	private static SyntaxErrorMessage wrongScale(Token before, CommonToken token) {
		if (token.getText() != null) {
			String expected = before == null ? null : before.getText();
			Scale scale = expected == null ? null : SCALES.get(expected);
			String word = token.getText();
			if (scale != null && !scale.has(word)) {
				for (Map.Entry<String, Scale> other : SCALES.entrySet()) {
					if (other.getValue().has(word)) {
						return new SyntaxErrorMessage("'" + word + "' is " + other.getValue().member() + ", not "
								+ scale.member() + "; the three integration scales are kept apart (WF-06). "
								+ capitalise(scale.plural()) + ": " + scale.list() + ".", WRONG_SCALE);
					}
				}
			}
		}
		return null;
	}

	/** Token types the parser skips (white space and comments), by the names ANTLR gives them. */
	private static final java.util.Set<String> HIDDEN = java.util.Set.of("RULE_WS", "RULE_SL_COMMENT", "RULE_ML_COMMENT");

	/**
	 * The last word written before the offending token: the scale keyword when a level is wrong. It is
	 * read from the parser's own token stream, stepping back over white space and comments only, so a
	 * file with thousands of syntax errors costs no more per error than one with a single error (scanning
	 * the file's leaves per error made 8,000 errors take minutes).
	 */
	private static Token previousToken(RecognitionException exception, CommonToken token, String[] tokenNames) {
		if (!(exception.input instanceof TokenStream stream) || tokenNames == null) {
			return null;
		}
		for (int i = Math.min(token.getTokenIndex(), stream.size()) - 1; i >= 0; i--) {
			Token previous = stream.get(i);
			int type = previous.getType();
			boolean hidden = type >= 0 && type < tokenNames.length && HIDDEN.contains(tokenNames[type]);
			if (!hidden) {
				return previous;
			}
		}
		return null;
	}

	private static String capitalise(String text) {
		return Character.toUpperCase(text.charAt(0)) + text.substring(1);
	}
}
