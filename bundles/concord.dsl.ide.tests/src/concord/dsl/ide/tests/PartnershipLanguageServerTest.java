package concord.dsl.ide.tests;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;

import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionContext;
import org.eclipse.lsp4j.CodeActionParams;
import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.CompletionParams;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DocumentFormattingParams;
import org.eclipse.lsp4j.DocumentSymbol;
import org.eclipse.lsp4j.DocumentSymbolParams;
import org.eclipse.lsp4j.FormattingOptions;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.Location;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.ReferenceContext;
import org.eclipse.lsp4j.ReferenceParams;
import org.eclipse.lsp4j.RenameParams;
import org.eclipse.lsp4j.SemanticTokensParams;
import org.eclipse.lsp4j.SymbolInformation;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.WorkspaceEdit;
import org.eclipse.lsp4j.jsonrpc.ResponseErrorException;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.testing.AbstractLanguageServerTest;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.ThrowingSupplier;

import com.google.inject.Module;

import concord.dsl.ide.highlighting.PartnershipHighlighting;
import concord.dsl.ide.server.PartnershipServerModule;
import concord.validation.RulePages;

/**
 * The language server in process, as an LSP editor uses it: diagnostics with rule ids, completion,
 * hover, symbols, references, rename, semantic tokens, quick fixes and formatting on a real spec.
 */
class PartnershipLanguageServerTest extends AbstractLanguageServerTest {

	private static final String HUB = """
			model "Hub"

			organisation "Police" {
				description "The county police force"
			}

			organisation "Victim Support"

			person "Ann"

			partnership "Hub" {
				form resource-exchange // declared by the board
				member "Police" as lead-agency
				member "Victim Support" as partner
				role guardian-angel played-by "Ann" {
					owns-network
				}
			}
			""";

	PartnershipLanguageServerTest() {
		super("partnership");
	}

	@Override
	protected Module getServerModule() {
		return PartnershipServerModule.create();
	}

	private List<String> tokenTypes;

	@BeforeEach
	void start() {
		tokenTypes = initialize().getCapabilities().getSemanticTokensProvider().getLegend().getTokenTypes();
	}

	@Test
	void ruleFindingsArriveAsDiagnosticsWithTheRuleIdAndSource() {
		String uri = openSpec("hub", HUB);
		Diagnostic nz03 = diagnostic(uri, "NZ-03").orElseThrow(() -> new AssertionError(getDiagnostics().get(uri).toString()));
		assertTrue(message(nz03).contains("guardian angel"), message(nz03));
		assertTrue(message(nz03).contains("Eppel"), "the message cites the source: " + message(nz03));
		Assertions.assertEquals(line(HUB, "owns-network"), nz03.getRange().getStart().getLine());
	}

	@Test
	void completionOffersTheKindsOfAFeatureWithTheirMeaning() throws Exception {
		String text = "model \"m\"\npartnership \"p\" {\n\tform \n}\n";
		String uri = openSpec("completion", text);
		List<CompletionItem> items = completion(uri, new Position(2, 6));
		CompletionItem niche = items.stream().filter(i -> i.getLabel().equals("exploitation-of-niche")).findFirst()
				.orElseThrow(() -> new AssertionError(items.toString()));
		assertTrue(niche.getDetail().contains("network form"), niche.getDetail());
		String documentation = niche.getDocumentation().isLeft() ? niche.getDocumentation().getLeft()
				: niche.getDocumentation().getRight().getValue();
		assertTrue(documentation.contains("_Source:"), documentation);
		assertFalse(items.stream().anyMatch(i -> i.getLabel().equals("guardian-angel")), "only network forms fit after 'form'");
	}

	@Test
	void completionProposesDeclaredOrganisationsForAMember() throws Exception {
		String text = HUB.replace("member \"Victim Support\" as partner", "member ");
		String uri = openSpec("members", text);
		Position at = endOf(text, "member ");
		List<CompletionItem> items = completion(uri, at);
		List<String> labels = items.stream().map(CompletionItem::getLabel).toList();
		assertTrue(labels.contains("Victim Support"), labels.toString());
		assertFalse(labels.contains("Ann"), "a person is not an organisation: " + labels);
		assertFalse(labels.contains("Hub::Police"), "a local name is offered once: " + labels);
		CompletionItem victimSupport = items.get(labels.indexOf("Victim Support"));
		Assertions.assertEquals("\"Victim Support\"", victimSupport.getTextEdit().getLeft().getNewText(), "inserted as the language writes it");
	}

	@Test
	void hoverOnAKindGivesItsDefinitionAndSource() throws Exception {
		String uri = openSpec("hover", HUB);
		String hover = hover(uri, inside(HUB, "guardian-angel"));
		assertTrue(hover.contains("**guardian angel**"), hover);
		assertTrue(hover.contains("_Source:"), hover);
	}

	@Test
	void hoverOnAKeywordExplainsTheFeatureItIntroduces() throws Exception {
		String uri = openSpec("keyword", HUB);
		String hover = hover(uri, inside(HUB, "form "));
		assertTrue(hover.contains("**form**"), hover);
		assertTrue(hover.contains("Values: network form"), hover);
	}

	@Test
	void hoverOnAReferenceDescribesTheElement() throws Exception {
		String uri = openSpec("reference", HUB);
		String hover = hover(uri, inside(HUB, "\"Police\" as"));
		assertTrue(hover.contains("\"Police\""), hover);
		assertTrue(hover.contains("The county police force"), hover);
	}

	@Test
	void documentSymbolsListActorsAndPartnerships() throws Exception {
		String uri = openSpec("symbols", HUB);
		List<Either<SymbolInformation, DocumentSymbol>> symbols = languageServer
				.documentSymbol(new DocumentSymbolParams(new TextDocumentIdentifier(uri))).get();
		List<String> names = new ArrayList<>();
		symbols.forEach(s -> collectNames(s, names));
		assertTrue(names.containsAll(List.of("Police", "Victim Support", "Ann", "Hub")), names.toString());
	}

	@Test
	void findReferencesAndRenameReachEveryUseOfAName() throws Exception {
		String uri = openSpec("rename", HUB);
		List<? extends Location> references = languageServer.references(
				new ReferenceParams(new TextDocumentIdentifier(uri), inside(HUB, "\"Police\" {"), new ReferenceContext(true))).get();
		Assertions.assertEquals(List.of(line(HUB, "organisation \"Police\""), line(HUB, "member \"Police\"")),
				references.stream().map(l -> l.getRange().getStart().getLine()).toList());

		for (String typed : List.of("County Police", "\"County Police\"")) {
			WorkspaceEdit edit = languageServer
					.rename(new RenameParams(new TextDocumentIdentifier(uri), inside(HUB, "\"Police\" {"), typed)).get();
			String renamed = apply(HUB, edits(edit, uri));
			assertTrue(renamed.contains("organisation \"County Police\" {"), renamed);
			assertTrue(renamed.contains("member \"County Police\" as lead-agency"), renamed);
			assertTrue(renamed.contains("partnership \"Hub\" {"), renamed);
		}
	}

	private static final String COMPETING = """
			model "Hub"

			organisation "Police"

			organisation "Victim Support"

			partnership "Hub" {
				member "Police" as lead-agency
				member "Victim Support" as partner {
					competes-with "Police"
				}
				governance {
					lead-agency "Police" // the board's choice
				}
			}
			""";

	@Test
	void renameFollowsReferencesThatNameTheMembershipAndLeavesNoErrors() throws Exception {
		String uri = openSpec("competing", COMPETING);
		WorkspaceEdit edit = languageServer
				.rename(new RenameParams(new TextDocumentIdentifier(uri), inside(COMPETING, "\"Police\"\n"), "County Police")).get();
		String renamed = apply(COMPETING, edits(edit, uri));
		Assertions.assertEquals(COMPETING.replace("\"Police\"", "\"County Police\""), renamed);
		String renamedUri = openSpec("competing-renamed", renamed);
		List<Diagnostic> errors = getDiagnostics().get(renamedUri).stream()
				.filter(d -> d.getSeverity() == org.eclipse.lsp4j.DiagnosticSeverity.Error).toList();
		assertTrue(errors.isEmpty(), errors.toString());
	}

	@Test
	void renameInALibraryRewritesTheSpecsThatImportTheNameAndARenameFromThemIsSentThere() throws Exception {
		String library = "model \"Shared\"\n\norganisation \"Victim Support\"\n";
		String hub = "model \"Hub\"\n\npartnership \"p\" {\n\tmember \"Shared\"::\"Victim Support\" as partner\n}\n";
		String libraryUri = openSpec("shared", library);
		String hubUri = openSpec("importing", hub);
		WorkspaceEdit edit = languageServer
				.rename(new RenameParams(new TextDocumentIdentifier(libraryUri), inside(library, "\"Victim"), "Support Line")).get();
		Assertions.assertEquals(library.replace("Victim Support", "Support Line"), apply(library, edits(edit, libraryUri)));
		Assertions.assertEquals(hub.replace("Victim Support", "Support Line"), apply(hub, edits(edit, hubUri)));
		Assertions.assertEquals("'Victim Support' is declared in shared.partnership; rename it there", refusal(() -> languageServer
				.rename(new RenameParams(new TextDocumentIdentifier(hubUri), inside(hub, "\"Victim"), "Support Line")).get()));
	}

	@Test
	void renameToANameInUseOrToNothingIsRefusedWithTheReason() {
		String uri = openSpec("taken", COMPETING);
		Position police = inside(COMPETING, "\"Police\"\n");
		Assertions.assertEquals("'Victim Support' is already the name of an element of this spec",
				refusal(() -> languageServer.rename(new RenameParams(new TextDocumentIdentifier(uri), police, "Victim Support")).get()));
		Assertions.assertEquals("A name cannot be empty",
				refusal(() -> languageServer.rename(new RenameParams(new TextDocumentIdentifier(uri), police, " \"\" ")).get()));
	}

	@Test
	void renameAndFormatRefuseTextWithASyntaxErrorNamingItsPosition() {
		String broken = COMPETING.replace("member \"Victim Support\" as partner {", "member \"Victim Support\" as {");
		String uri = openSpec("broken", broken);
		String rename = refusal(() -> languageServer
				.rename(new RenameParams(new TextDocumentIdentifier(uri), inside(broken, "\"Police\"\n"), "County Police")).get());
		Assertions.assertEquals("Cannot rename while the spec has a syntax error (line 9, column 29); fix it first", rename);
		String format = refusal(() -> languageServer.formatting(
				new DocumentFormattingParams(new TextDocumentIdentifier(uri), new FormattingOptions(4, false))).get());
		Assertions.assertEquals("Cannot format while the spec has a syntax error (line 9, column 29); fix it first", format);
	}

	@Test
	void diagnosticsLinkToTheDocumentationOfTheirRule() throws Exception {
		Path docs = Path.of("../../docs").toAbsolutePath().normalize();
		System.setProperty(RulePages.DOCS_PROPERTY, docs.toString());
		try {
			String uri = openSpec("linked", HUB);
			Diagnostic nz03 = diagnostic(uri, "NZ-03").orElseThrow();
			Assertions.assertEquals("concord", nz03.getSource());
			String href = nz03.getCodeDescription().getHref();
			Assertions.assertEquals(docs.resolve("rules.md").toUri() + "#nz-roles-drivers-and-process-new-zealand-study", href);
			assertTrue(Files.readString(docs.resolve("rules.md")).contains("\n### NZ: Roles, drivers and process (New Zealand study)\n"));
			String broken = openSpec("unlinked", "model \"m\"\npartnership \"p\" { member \"Nobody\" }\n");
			Diagnostic reference = getDiagnostics().get(broken).stream().filter(d -> "reference".equals(d.getCode().getLeft()))
					.findFirst().orElseThrow(() -> new AssertionError(getDiagnostics().get(broken).toString()));
			Assertions.assertEquals(docs.resolve("language.md").toUri() + "#broken-input", reference.getCodeDescription().getHref());
			assertTrue(Files.readString(docs.resolve("language.md")).contains("\n## Broken input\n"));
		} finally {
			System.clearProperty(RulePages.DOCS_PROPERTY);
		}
	}

	@Test
	void aProfileBesideTheSpecSwitchesItsFindingsOff() {
		writeFile("concord.profile", "# the lesson is not about roles\ndisable NZ-*\n");
		String uri = openSpec("quiet", HUB);
		assertTrue(getDiagnostics().get(uri).stream().noneMatch(d -> d.getCode().getLeft().startsWith("NZ-")),
				getDiagnostics().get(uri).toString());
	}

	@Test
	void aBrokenProfileBesideTheSpecIsReportedAndNotApplied() {
		writeFile("concord.profile", "disable NZ-03\ndisable XX-99\n");
		String uri = openSpec("misprofiled", HUB);
		assertTrue(diagnostic(uri, "NZ-03").isPresent(), "a profile with problems is not applied");
		assertTrue(getDiagnostics().get(uri).stream().anyMatch(d -> message(d).contains("concord.profile:2: ")
				&& message(d).contains("XX-99") && message(d).endsWith("; that profile is not applied")), getDiagnostics().get(uri).toString());
	}

	/** The message of the error response a request ends with. */
	private static String refusal(ThrowingSupplier<?> request) {
		ExecutionException failed = Assertions.assertThrows(ExecutionException.class, () -> request.get());
		assertTrue(failed.getCause() instanceof ResponseErrorException, String.valueOf(failed.getCause()));
		return ((ResponseErrorException) failed.getCause()).getResponseError().getMessage();
	}

	@Test
	void semanticTokensMarkTheLiteraturesTermsAndTheNames() throws Exception {
		String uri = openSpec("tokens", HUB);
		List<Integer> data = languageServer.semanticTokensFull(new SemanticTokensParams(new TextDocumentIdentifier(uri))).get()
				.getData();
		Position term = inside(HUB, "guardian-angel");
		Assertions.assertEquals(PartnershipHighlighting.TERM + " " + "guardian-angel".length(), tokenAt(data, term));
		Position declared = inside(HUB, "organisation \"Victim Support\"");
		Position declaredName = new Position(declared.getLine(), declared.getCharacter() - 1 + "organisation ".length() + 1);
		Assertions.assertEquals(PartnershipHighlighting.NAME + " " + "\"Victim Support\"".length(), tokenAt(data, declaredName));
		Position reference = inside(HUB, "member \"Victim Support\"");
		Position referenceName = new Position(reference.getLine(), reference.getCharacter() - 1 + "member ".length() + 1);
		Assertions.assertEquals(PartnershipHighlighting.NAME + " " + "\"Victim Support\"".length(), tokenAt(data, referenceName));
	}

	/** The type and length of the semantic token that starts one character before {@code at} ("type length"). */
	private String tokenAt(List<Integer> data, Position at) {
		int line = 0;
		int character = 0;
		for (int i = 0; i < data.size(); i += 5) {
			line += data.get(i);
			character = data.get(i) == 0 ? character + data.get(i + 1) : data.get(i + 1);
			if (line == at.getLine() && character == at.getCharacter() - 1) {
				return tokenTypes.get(data.get(i + 3)) + " " + data.get(i + 2);
			}
		}
		return "no token at " + at + " in " + data;
	}

	@Test
	void aQuickFixFromTheRuleCatalogueSettlesTheFinding() throws Exception {
		String uri = openSpec("fix", HUB);
		Diagnostic nz03 = diagnostic(uri, "NZ-03").orElseThrow();
		CodeAction fix = codeActions(uri, nz03).stream()
				.filter(a -> a.getTitle().equals("Record that the guardian angel does not own the network")).findFirst()
				.orElseThrow(() -> new AssertionError("no catalogue fix for NZ-03"));
		String fixed = apply(HUB, edits(fix.getEdit(), uri));
		assertFalse(fixed.contains("owns-network"), fixed);
		assertTrue(fixed.contains("form resource-exchange // declared by the board"), "comments elsewhere are kept: " + fixed);
		String fixedUri = openSpec("fixed", fixed);
		assertTrue(diagnostic(fixedUri, "NZ-03").isEmpty(), "the finding is gone after the fix");
	}

	@Test
	void aCodeActionDeclaresAnActorThatAReferenceMisses() throws Exception {
		String text = HUB.replace("member \"Victim Support\" as partner", "member \"Women's Aid\" as partner // new");
		String uri = openSpec("missing", text);
		Diagnostic unresolved = getDiagnostics().get(uri).stream().filter(d -> message(d).contains("Women's Aid"))
				.findFirst().orElseThrow(() -> new AssertionError(getDiagnostics().get(uri).toString()));
		CodeAction declare = codeActions(uri, unresolved).stream()
				.filter(a -> a.getTitle().equals("Declare organisation \"Women's Aid\"")).findFirst()
				.orElseThrow(() -> new AssertionError("no declare action"));
		String fixed = apply(text, edits(declare.getEdit(), uri));
		String fixedUri = openSpec("declared", fixed);
		assertTrue(getDiagnostics().get(fixedUri).stream().noneMatch(d -> message(d).contains("Women's Aid")),
				getDiagnostics().get(fixedUri).toString());
		assertTrue(fixed.contains("// new"), "the rest of the text is kept");
	}

	@Test
	void formattingGivesTheCanonicalLayout() throws Exception {
		String messy = "model \"m\" organisation \"A\"   {sector   statutory-public}\npartnership \"p\" {member \"A\"}";
		String uri = openSpec("format", messy);
		DocumentFormattingParams params = new DocumentFormattingParams(new TextDocumentIdentifier(uri), new FormattingOptions(4, false));
		String formatted = apply(messy, new ArrayList<>(languageServer.formatting(params).get()));
		Assertions.assertEquals("""
				model "m"

				organisation "A" {
					sector statutory-public
				}

				partnership "p" {
					member "A"
				}
				""", formatted);
	}

	// ---------------------------------------------------------------- helpers

	private String openSpec(String name, String text) {
		String uri = writeFile(name + ".partnership", text);
		open(uri, text);
		return uri;
	}

	private Optional<Diagnostic> diagnostic(String uri, String ruleId) {
		return getDiagnostics().get(uri).stream()
				.filter(d -> d.getCode() != null && d.getCode().isLeft() && ruleId.equals(d.getCode().getLeft())).findFirst();
	}

	private static String message(Diagnostic diagnostic) {
		return diagnostic.getMessage().isLeft() ? diagnostic.getMessage().getLeft() : diagnostic.getMessage().getRight().getValue();
	}

	private List<CompletionItem> completion(String uri, Position at) throws Exception {
		CompletionParams params = new CompletionParams(new TextDocumentIdentifier(uri), at);
		return languageServer.completion(params).get().getRight().getItems();
	}

	private String hover(String uri, Position at) throws Exception {
		return languageServer.hover(new HoverParams(new TextDocumentIdentifier(uri), at)).get().getContents().getRight().getValue();
	}

	private List<CodeAction> codeActions(String uri, Diagnostic diagnostic) throws Exception {
		CodeActionParams params = new CodeActionParams(new TextDocumentIdentifier(uri), diagnostic.getRange(),
				new CodeActionContext(List.of(diagnostic)));
		return languageServer.codeAction(params).get().stream().filter(Either::isRight).map(Either::getRight).toList();
	}

	private static List<TextEdit> edits(WorkspaceEdit edit, String uri) {
		if (edit.getChanges() != null && edit.getChanges().containsKey(uri)) {
			return new ArrayList<>(edit.getChanges().get(uri));
		}
		List<TextEdit> edits = new ArrayList<>();
		edit.getDocumentChanges().stream().filter(Either::isLeft).map(Either::getLeft)
				.filter(change -> change.getTextDocument().getUri().equals(uri)).forEach(change -> change.getEdits().forEach(e -> edits.add(e.getLeft())));
		return edits;
	}

	/** Applies edits as LSP defines them: every range refers to the text before any edit. */
	private static String apply(String text, List<TextEdit> edits) {
		Document document = new Document(1, text);
		StringBuilder result = new StringBuilder(text);
		edits.stream()
				.sorted(Comparator.comparingInt((TextEdit e) -> document.getOffSet(e.getRange().getStart())).reversed())
				.forEach(e -> result.replace(document.getOffSet(e.getRange().getStart()), document.getOffSet(e.getRange().getEnd()),
						e.getNewText()));
		return result.toString();
	}

	private static void collectNames(Either<SymbolInformation, DocumentSymbol> symbol, List<String> names) {
		if (symbol.isLeft()) {
			names.add(symbol.getLeft().getName());
			return;
		}
		collect(symbol.getRight(), names);
	}

	private static void collect(DocumentSymbol symbol, List<String> names) {
		names.add(symbol.getName());
		if (symbol.getChildren() != null) {
			symbol.getChildren().forEach(child -> collect(child, names));
		}
	}

	private static int line(String text, String snippet) {
		return positionOf(text, text.indexOf(snippet)).getLine();
	}

	/** A position one character into the first occurrence of {@code snippet}. */
	private static Position inside(String text, String snippet) {
		return positionOf(text, text.indexOf(snippet) + 1);
	}

	private static Position endOf(String text, String snippet) {
		return positionOf(text, text.indexOf(snippet) + snippet.length());
	}

	private static Position positionOf(String text, int offset) {
		if (offset < 0) {
			throw new IllegalArgumentException("snippet not in text");
		}
		String before = text.substring(0, offset);
		int line = (int) before.chars().filter(c -> c == '\n').count();
		return new Position(line, offset - before.lastIndexOf('\n') - 1);
	}
}
