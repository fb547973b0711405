package concord.dsl.parser;

import java.util.List;
import java.util.Optional;

import org.antlr.runtime.CharStream;
import org.antlr.runtime.CommonToken;
import org.antlr.runtime.Token;
import org.eclipse.xtext.AbstractElement;
import org.eclipse.xtext.AbstractRule;
import org.eclipse.xtext.Action;
import org.eclipse.xtext.CrossReference;
import org.eclipse.xtext.EnumLiteralDeclaration;
import org.eclipse.xtext.EnumRule;
import org.eclipse.xtext.GrammarUtil;
import org.eclipse.xtext.ParserRule;
import org.eclipse.xtext.RuleCall;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.nodemodel.INode;

import concord.dsl.parser.GrammarWords.Expected;

/**
 * Writes one syntax error as an analyst reads it: the word found (the whole word, also when the lexer cut it
 * into pieces), what the statement expects there in the language's own words, and "did you mean" for a near
 * miss or for a source's label written in kebab-case. Everything is read from the parser's state at the
 * error (its current node, the token, the token before it), never by scanning the file.
 */
final class SyntaxErrorText {

	private static final int LONGEST_WORD = 80;

	private final GrammarWords grammar;

	SyntaxErrorText(GrammarWords grammar) {
		this.grammar = grammar;
	}

	/** The message, or null if there is nothing better to say than the parser's own. */
	String message(INode current, CommonToken token, Token previous, Token lookahead) {
		Word word = word(token);
		AbstractRule rule = ruleOf(current);
		if (word.glued() && lastLeaf(current) instanceof ILeafNode leaf
				&& leaf.getGrammarElement() instanceof EnumLiteralDeclaration literal) {
			rule = GrammarUtil.containingRule(literal); // "unexpressed-power-imbalance" + "s": the kind was meant
		}
		if (rule instanceof EnumRule kind) {
			Expected kinds = grammar.kinds(kind);
			return word.quoted() + " is not " + grammar.kindName(kind) + suggestion(word, kinds) + " Expected " + kinds.words() + ".";
		}
		if (current != null && current.getGrammarElement() instanceof CrossReference reference) {
			return needs(previous, grammar.describe(reference), word);
		}
		if (rule instanceof ParserRule parser && GrammarUtil.isDatatypeRule(parser)) {
			return needs(previous, grammar.describe(parser), word);
		}
		if (rule == null) {
			return null;
		}
		if (lookahead != null && lookahead.getTokenIndex() < token.getTokenIndex() && isKeyword(lookahead)) {
			Expected continuation = grammar.continuation(rule, lookahead.getText());
			if (continuation != null) { // "integration {": the statement is known, its second word is wrong
				return needs(lookahead, continuation, word);
			}
		}
		INode before = word.glued() ? null : lastVisible(current);
		Expected next = before == null ? (word.glued() ? null : grammar.describe(firstElement(rule)))
				: before.getGrammarElement() instanceof AbstractElement element ? grammar.after(element) : null;
		if (next != null && !next.words().isEmpty()) {
			return needs(previous, next, word);
		}
		return notAStatement(current, word);
	}

	/** "`purpos` is not a statement inside `partnership { }`; did you mean `purpose`? Expected ...". */
	private String notAStatement(INode current, Word word) {
		for (INode node = current; node != null; node = node.getParent()) {
			AbstractRule rule = ruleOf(node);
			Expected block = rule == null ? null : grammar.block(rule);
			if (block != null) {
				String found = word.endOfFile() ? "the file ends " + grammar.blockName(rule) + " before its `}`"
						: word.quoted() + " is not a statement " + grammar.blockName(rule);
				String brace = missingBrace(rule, word);
				return found + (brace.isEmpty() ? elsewhere(rule, word) : brace) + suggestion(word, block) + " Expected "
						+ block.words() + ".";
			}
		}
		return null;
	}

	/** A top-level statement inside a block is most often a `}` forgotten before it. */
	private String missingBrace(AbstractRule rule, Word word) {
		AbstractRule top = GrammarUtil.getGrammar(rule).getRules().get(0);
		Expected topLevel = top == rule ? null : grammar.block(top);
		return topLevel != null && topLevel.candidates().contains(word.text()) ? " (is a `}` missing before it?)" : "";
	}

	/** "`sector` ... (it is written inside `organisation { }`)": the statement exists, in another block. */
	private String elsewhere(AbstractRule rule, Word word) {
		List<String> blocks = grammar.blocksHolding(word.text()).stream().filter(other -> other != rule).map(grammar::blockName)
				.toList();
		return blocks.isEmpty() || word.text().equals("}") ? "" : " (it is written " + String.join(" or ", blocks) + ")";
	}

	/** "`purpose` needs a quoted text, found `}`." or "Expected `{`, found `sector`." */
	private String needs(Token previous, Expected expected, Word word) {
		String head = previous != null && isKeyword(previous) ? GrammarWords.quote(previous.getText()) + " needs " + expected.words()
				: "Expected " + expected.words();
		String found = head + ", found " + (word.endOfFile() ? "the end of the file" : word.quoted());
		return found + suggestion(word, expected);
	}

	private static boolean isKeyword(Token token) {
		String text = token.getText();
		return text != null && !text.isEmpty() && Character.isLetter(text.charAt(0)) && text.matches("[a-z][a-z0-9-]*");
	}

	/** "; did you mean `purpose`?" for a near miss of a word (never of a brace or a quoted text), else "." */
	private static String suggestion(Word word, Expected expected) {
		if (word.endOfFile() || !isWordChar(word.text())) {
			return ".";
		}
		String label = expected.labels().get(word.text());
		if (label != null && !label.equals(word.text())) {
			return "; did you mean " + GrammarWords.quote(label) + ", the language's word for the source's label?";
		}
		Optional<String> near = NearMiss.of(word.text(), expected.candidates());
		return near.map(w -> "; did you mean " + GrammarWords.quote(w) + "?").orElse(".");
	}

	private static AbstractElement firstElement(AbstractRule rule) {
		AbstractElement first = rule.getAlternatives();
		while (first instanceof org.eclipse.xtext.Group group && !group.getElements().isEmpty()) {
			first = group.getElements().get(0);
			if (first instanceof Action && group.getElements().size() > 1) {
				first = group.getElements().get(1);
			}
		}
		return first;
	}

	static AbstractRule ruleOf(INode node) {
		if (node == null) {
			return null;
		}
		Object element = node.getGrammarElement();
		if (element instanceof RuleCall call) {
			return call.getRule();
		}
		if (element instanceof AbstractRule rule) {
			return rule;
		}
		if (element instanceof Action action) {
			return GrammarUtil.containingRule(action);
		}
		return null;
	}

	/** The last thing the parser read in this node, skipping white space and comments. */
	private static INode lastVisible(INode node) {
		if (!(node instanceof ICompositeNode composite)) {
			return null;
		}
		INode child = composite.getLastChild();
		while (child instanceof ILeafNode leaf && leaf.isHidden()) {
			child = child.getPreviousSibling();
		}
		return child;
	}

	/** The last token the parser read in this node and the nodes inside it. */
	private static INode lastLeaf(INode node) {
		INode last = lastVisible(node);
		while (last instanceof ICompositeNode) {
			last = lastVisible(last);
		}
		return last;
	}

	/** The whole word around the token: the lexer reads "networks" after "network" as two tokens. */
	private static Word word(CommonToken token) {
		if (token.getType() == Token.EOF) {
			return new Word("", false, true);
		}
		String text = token.getText() == null ? "" : token.getText();
		CharStream input = token.getInputStream();
		if (input == null || !isWordChar(text) || token.getStartIndex() < 0) {
			return new Word(shorten(text), false, false);
		}
		int start = token.getStartIndex();
		int stop = token.getStopIndex();
		while (start > 0 && token.getStopIndex() - start < LONGEST_WORD && isWordChar(input.substring(start - 1, start - 1))) {
			start--;
		}
		while (stop + 1 < input.size() && stop - start < LONGEST_WORD && isWordChar(input.substring(stop + 1, stop + 1))) {
			stop++;
		}
		return new Word(input.substring(start, stop), start < token.getStartIndex(), false);
	}

	private static boolean isWordChar(String text) {
		return !text.isEmpty() && text.chars().allMatch(c -> Character.isLetterOrDigit(c) || c == '-' || c == '_');
	}

	private static String shorten(String text) {
		String line = text.replace('\n', ' ').replace('\r', ' ');
		return line.length() > 40 ? line.substring(0, 37) + "..." : line;
	}

	private record Word(String text, boolean glued, boolean endOfFile) {
		String quoted() {
			return text.startsWith("\"") || text.startsWith("'") ? text : GrammarWords.quote(text);
		}
	}
}
