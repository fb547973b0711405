package concord.dsl.parser;

import java.util.List;
import java.util.Map;

import org.antlr.runtime.CommonToken;
import org.antlr.runtime.RecognitionException;
import org.antlr.runtime.Token;
import org.antlr.runtime.TokenStream;
import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.xtext.nodemodel.SyntaxErrorMessage;
import org.eclipse.xtext.parser.antlr.SyntaxErrorMessageProvider;

import concord.model.partnership.FrostStage;
import concord.model.partnership.KeastLevel;
import concord.model.partnership.WorkingMode;

/**
 * Says which integration scale a level belongs to when it is written on another scale (rule WF-06):
 * "collaboration" is a different rung on Frost's, Keast's and the New Zealand scale, so the sources'
 * words are easily put on the wrong one.
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

	@Override
	public SyntaxErrorMessage getSyntaxErrorMessage(IParserErrorContext context) {
		RecognitionException exception = context.getRecognitionException();
		if (exception != null && exception.token instanceof CommonToken token && token.getText() != null) {
			String expected = previousWord(exception, token, context.getTokenNames());
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
		return super.getSyntaxErrorMessage(context);
	}

	/** Token types the parser skips (white space and comments), by the names ANTLR gives them. */
	private static final java.util.Set<String> HIDDEN = java.util.Set.of("RULE_WS", "RULE_SL_COMMENT", "RULE_ML_COMMENT");

	/**
	 * The last word written before the offending token: the scale keyword when a level is wrong. It is
	 * read from the parser's own token stream, stepping back over white space and comments only, so a
	 * file with thousands of syntax errors costs no more per error than one with a single error (scanning
	 * the file's leaves per error made 8,000 errors take minutes).
	 */
	private static String previousWord(RecognitionException exception, CommonToken token, String[] tokenNames) {
		if (!(exception.input instanceof TokenStream stream) || tokenNames == null) {
			return null;
		}
		for (int i = Math.min(token.getTokenIndex(), stream.size()) - 1; i >= 0; i--) {
			Token previous = stream.get(i);
			int type = previous.getType();
			boolean hidden = type >= 0 && type < tokenNames.length && HIDDEN.contains(tokenNames[type]);
			if (!hidden) {
				return previous.getText();
			}
		}
		return null;
	}

	private static String capitalise(String text) {
		return Character.toUpperCase(text.charAt(0)) + text.substring(1);
	}
}
