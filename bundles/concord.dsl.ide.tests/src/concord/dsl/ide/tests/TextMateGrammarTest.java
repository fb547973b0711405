package concord.dsl.ide.tests;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import org.eclipse.xtext.EnumLiteralDeclaration;
import org.eclipse.xtext.GrammarUtil;
import org.eclipse.xtext.IGrammarAccess;
import org.eclipse.xtext.Keyword;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import concord.dsl.ide.PartnershipIdeSetup;

/** The TextMate grammar colours what the Xtext grammar defines: every keyword and every kind. */
class TextMateGrammarTest {

	private static JsonObject textMate;
	private static List<Keyword> keywords;

	@BeforeAll
	static void load() throws Exception {
		try (InputStream in = PartnershipIdeSetup.class.getClassLoader().getResourceAsStream("syntaxes/partnership.tmLanguage.json")) {
			Assertions.assertNotNull(in, "syntaxes/partnership.tmLanguage.json is missing from concord.dsl.ide");
			textMate = JsonParser.parseReader(new InputStreamReader(in, StandardCharsets.UTF_8)).getAsJsonObject();
		}
		IGrammarAccess grammar = new PartnershipIdeSetup().createInjectorAndDoEMFRegistration().getInstance(IGrammarAccess.class);
		keywords = GrammarUtil.containedKeywords(grammar.getGrammar()).stream().filter(k -> k.getValue().matches("[a-z][a-z-]*")).toList();
	}

	@Test
	void isAGrammarForPartnershipFiles() {
		Assertions.assertEquals("source.partnership", textMate.get("scopeName").getAsString());
		Assertions.assertEquals("partnership", textMate.getAsJsonArray("fileTypes").get(0).getAsString());
	}

	@Test
	void everyKeywordAndKindOfTheLanguageIsColoured() {
		Pattern statements = pattern("keywords");
		Pattern kinds = pattern("kinds");
		Set<String> missing = new TreeSet<>();
		for (Keyword keyword : keywords) {
			String word = keyword.getValue();
			Pattern expected = keyword.eContainer() instanceof EnumLiteralDeclaration ? kinds : statements;
			if (!expected.matcher(word).matches() && !statements.matcher(word).matches()) {
				missing.add(word);
			}
		}
		assertTrue(missing.isEmpty(), "not coloured: " + missing);
	}

	@Test
	void aKindIsColouredWholeNotAsTheKeywordsInsideIt() {
		Pattern statements = pattern("keywords");
		List<String> split = new ArrayList<>();
		for (Keyword keyword : keywords) {
			String word = keyword.getValue();
			if (keyword.eContainer() instanceof EnumLiteralDeclaration && !statements.matcher(word).matches()
					&& statements.matcher(word).find()) {
				split.add(word);
			}
		}
		assertTrue(split.isEmpty(), "a keyword pattern matches inside these kinds: " + split);
		assertFalse(statements.matcher("\"member\"").results().anyMatch(m -> m.start() == 0), "a string is not a keyword");
	}

	private static Pattern pattern(String repositoryEntry) {
		String regex = textMate.getAsJsonObject("repository").getAsJsonObject(repositoryEntry).getAsJsonArray("patterns").get(0)
				.getAsJsonObject().get("match").getAsString();
		return Pattern.compile(regex);
	}
}
