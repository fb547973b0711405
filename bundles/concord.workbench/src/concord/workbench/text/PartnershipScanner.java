package concord.workbench.text;

import java.util.List;

import org.eclipse.jface.text.TextAttribute;
import org.eclipse.jface.text.rules.EndOfLineRule;
import org.eclipse.jface.text.rules.IRule;
import org.eclipse.jface.text.rules.IToken;
import org.eclipse.jface.text.rules.IWordDetector;
import org.eclipse.jface.text.rules.MultiLineRule;
import org.eclipse.jface.text.rules.RuleBasedScanner;
import org.eclipse.jface.text.rules.SingleLineRule;
import org.eclipse.jface.text.rules.Token;
import org.eclipse.jface.text.rules.WordRule;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.widgets.Display;
import org.eclipse.xtext.GrammarUtil;
import org.eclipse.xtext.IGrammarAccess;

import concord.workbench.language.PartnershipLanguage;

/**
 * Lexical colouring of the partnership language: its keywords and kebab-case values (taken from the
 * grammar, so they never drift from it), quoted names, numbers and comments.
 */
final class PartnershipScanner extends RuleBasedScanner {

	PartnershipScanner(Display display) {
		IToken keyword = token(display, 127, 0, 85, SWT.BOLD);
		IToken string = token(display, 42, 0, 255, SWT.NORMAL);
		IToken comment = token(display, 63, 127, 95, SWT.ITALIC);
		WordRule words = new WordRule(new KebabWords(), Token.UNDEFINED);
		for (String word : GrammarUtil.getAllKeywords(PartnershipLanguage.get(IGrammarAccess.class).getGrammar())) {
			if (Character.isLetter(word.charAt(0))) {
				words.addWord(word, keyword);
			}
		}
		setRules(List.of(new EndOfLineRule("//", comment), new MultiLineRule("/*", "*/", comment),
				new SingleLineRule("\"", "\"", string, '\\'), words).toArray(IRule[]::new));
	}

	private static IToken token(Display display, int red, int green, int blue, int style) {
		return new Token(new TextAttribute(new Color(display, red, green, blue), null, style));
	}

	/** Words of the language: letters, digits and dashes ({@code merger-and-integration}). */
	private static final class KebabWords implements IWordDetector {
		@Override
		public boolean isWordStart(char c) {
			return Character.isLetter(c);
		}

		@Override
		public boolean isWordPart(char c) {
			return Character.isLetterOrDigit(c) || c == '-';
		}
	}
}
