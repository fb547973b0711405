package concord.dsl.parser;

import java.util.List;
import java.util.Map;

import org.antlr.runtime.CommonToken;
import org.antlr.runtime.RecognitionException;
import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.parser.antlr.SyntaxErrorMessageProvider;
import org.eclipse.xtext.nodemodel.SyntaxErrorMessage;

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
			String expected = previousWord(context.getCurrentNode(), token.getStartIndex());
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

	/** The last word written before {@code offset}: the scale keyword when a level is wrong. */
	private static String previousWord(INode node, int offset) {
		if (node == null) {
			return null;
		}
		String word = null;
		for (ILeafNode leaf : node.getRootNode().getLeafNodes()) {
			if (leaf.getTotalOffset() >= offset) {
				break;
			}
			if (!leaf.isHidden()) {
				word = leaf.getText();
			}
		}
		return word;
	}

	private static String capitalise(String text) {
		return Character.toUpperCase(text.charAt(0)) + text.substring(1);
	}
}
