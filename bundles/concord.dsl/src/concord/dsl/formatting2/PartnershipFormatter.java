package concord.dsl.formatting2;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Set;

import org.eclipse.xtext.AbstractElement;
import org.eclipse.xtext.AbstractRule;
import org.eclipse.xtext.Alternatives;
import org.eclipse.xtext.Assignment;
import org.eclipse.xtext.GrammarUtil;
import org.eclipse.xtext.Group;
import org.eclipse.xtext.Keyword;
import org.eclipse.xtext.ParserRule;
import org.eclipse.xtext.RuleCall;
import org.eclipse.xtext.formatting2.AbstractFormatter2;
import org.eclipse.xtext.formatting2.IFormattableDocument;
import org.eclipse.xtext.formatting2.regionaccess.IHiddenRegion;
import org.eclipse.xtext.formatting2.regionaccess.ISemanticRegion;
import org.eclipse.xtext.formatting2.regionaccess.ITextRegionAccess;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.Strings;

import com.google.inject.Inject;

import concord.dsl.services.PartnershipGrammarAccess;

/**
 * The canonical layout: one statement per line, blocks indented by a tab, a blank line before each
 * top-level element, single spaces inside a statement. Which keywords start a statement is read from
 * the grammar (the first keyword of each choice in a repeated block), so new statements are laid out
 * without touching this class. Comments are kept where they are.
 */
public class PartnershipFormatter extends AbstractFormatter2 {

	@Inject
	private PartnershipGrammarAccess grammar;

	private Set<Keyword> statementStarts;
	private Set<Keyword> topLevelStarts;

	@Override
	public void format(Object model, IFormattableDocument document) {
		// Called once with the whole resource; the layout is computed over all its text in one pass.
		if (!(model instanceof XtextResource)) {
			return;
		}
		collectStatementKeywords();
		ITextRegionAccess regions = getTextRegionAccess();
		Deque<ISemanticRegion> openBlocks = new ArrayDeque<>();
		ISemanticRegion last = null;
		for (ISemanticRegion region : regions.regionForRootEObject().getAllSemanticRegions()) {
			IHiddenRegion before = region.getPreviousHiddenRegion();
			String text = region.getText();
			if (last == null) {
				document.set(before, f -> f.noSpace());
			} else if ("}".equals(text)) {
				document.set(before, f -> f.newLine());
				if (!openBlocks.isEmpty()) {
					document.interior(openBlocks.pop(), region, f -> f.indent());
				}
			} else if (region.getGrammarElement() instanceof Keyword keyword && openBlocks.isEmpty()
					&& topLevelStarts.contains(keyword)) {
				document.set(before, f -> f.setNewLines(2));
			} else if (region.getGrammarElement() instanceof Keyword keyword && !openBlocks.isEmpty()
					&& statementStarts.contains(keyword)) {
				document.set(before, f -> f.newLine());
			} else if (",".equals(text) || "::".equals(text) || isInsideDecimal(region) || "::".equals(last.getText())) {
				document.set(before, f -> f.noSpace());
			} else {
				document.set(before, f -> f.oneSpace());
			}
			if ("{".equals(text)) {
				openBlocks.push(region);
			}
			last = region;
		}
		if (last != null) {
			document.set(last.getNextHiddenRegion(), f -> f.newLine());
		}
	}

	/** "0.5" is one decimal: no spaces around its dot. */
	private static boolean isInsideDecimal(ISemanticRegion region) {
		ISemanticRegion previous = region.getPreviousSemanticRegion();
		return ".".equals(region.getText()) || previous != null && ".".equals(previous.getText())
				&& Strings.isEmpty(region.getPreviousHiddenRegion().getText());
	}

	private void collectStatementKeywords() {
		if (statementStarts != null) {
			return;
		}
		statementStarts = new HashSet<>();
		topLevelStarts = new HashSet<>();
		for (AbstractRule rule : grammar.getGrammar().getRules()) {
			if (rule instanceof ParserRule parser && !GrammarUtil.isDatatypeRule(parser)) {
				collect(parser.getAlternatives());
			}
		}
		for (AbstractElement element : ((Alternatives) grammar.getPartnershipModelAccess().getAlternatives_2()).getElements()) {
			topLevelStarts.addAll(firstKeywords(element, new HashSet<>()));
		}
	}

	/** In every repeated choice, the first keyword of each branch starts a statement. */
	private void collect(AbstractElement element) {
		if (element instanceof Alternatives alternatives && GrammarUtil.isMultipleCardinality(alternatives)) {
			for (AbstractElement branch : alternatives.getElements()) {
				statementStarts.addAll(firstKeywords(branch, new HashSet<>()));
			}
		}
		if (element instanceof org.eclipse.xtext.CompoundElement compound) {
			compound.getElements().forEach(this::collect);
		} else if (element instanceof Assignment assignment) {
			collect(assignment.getTerminal());
		}
	}

	private static Set<Keyword> firstKeywords(AbstractElement element, Set<AbstractRule> seen) {
		Set<Keyword> keywords = new HashSet<>();
		if (element instanceof Keyword keyword) {
			keywords.add(keyword);
		} else if (element instanceof Group group) {
			for (AbstractElement part : group.getElements()) {
				if (part instanceof org.eclipse.xtext.Action) {
					continue;
				}
				keywords.addAll(firstKeywords(part, seen));
				break;
			}
		} else if (element instanceof Alternatives alternatives) {
			alternatives.getElements().forEach(e -> keywords.addAll(firstKeywords(e, seen)));
		} else if (element instanceof Assignment assignment) {
			keywords.addAll(firstKeywords(assignment.getTerminal(), seen));
		} else if (element instanceof RuleCall call && call.getRule() instanceof ParserRule rule
				&& !GrammarUtil.isDatatypeRule(rule) && seen.add(rule)) {
			keywords.addAll(firstKeywords(rule.getAlternatives(), seen));
		}
		return keywords;
	}
}
