package concord.interchange.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.xtext.resource.XtextResource;

import com.google.inject.Injector;

import concord.dsl.ide.PartnershipIdeSetup;
import concord.dsl.ide.document.SpecLibrary;
import concord.model.partnership.PartnershipModel;

/** The specs the interchange tests read: every template pack's case and the language's examples. */
final class InterchangeSpecs {

	static final Injector LANGUAGE = new PartnershipIdeSetup().createInjectorAndDoEMFRegistration();

	private InterchangeSpecs() {
	}

	static Path examples() {
		return Path.of(System.getProperty("concord.examples", "../concord.dsl.tests/examples"));
	}

	static Path hub() {
		return examples().resolve("uk-victim-support-hub.partnership");
	}

	/** Every .partnership file of the built-in packs and of the examples. */
	static Stream<Path> all() {
		Path packs = Path.of(System.getProperty("concord.packs", "../concord.templates/packs"));
		try (Stream<Path> inPacks = Files.walk(packs); Stream<Path> inExamples = Files.list(examples())) {
			return Stream.concat(inPacks.toList().stream(), inExamples.toList().stream())
					.filter(f -> f.getFileName().toString().endsWith(".partnership")).sorted().toList().stream();
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** The model of a spec that must read without errors. */
	static PartnershipModel read(Path file) {
		return read(file, readText(file));
	}

	static PartnershipModel read(Path file, String text) {
		SpecLibrary library = SpecLibrary.of(LANGUAGE);
		XtextResource resource = library.read(file, text);
		library.resolveAll();
		assertEquals(List.of(), resource.getErrors().stream().map(e -> e.getLine() + ": " + e.getMessage()).toList(), () -> file + " reads:\n" + text);
		return (PartnershipModel) resource.getContents().get(0);
	}

	static String readText(Path file) {
		try {
			return Files.readString(file);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
