package concord.interchange.files;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import com.google.inject.Injector;

import concord.dsl.ide.document.SpecDocument;
import concord.dsl.ide.document.SpecLibrary;
import concord.interchange.TableFiles;
import concord.interchange.TableImport;
import concord.interchange.table.Table;
import concord.interchange.table.TableProblems;
import concord.model.resource.AtomicFile;

/**
 * An import as a user asks for it, for the command line and the workbench's Import wizard alike: the
 * sheets of a folder of CSV files or a workbook into a spec, created when it does not exist and updated
 * through its spec document when it does. Problems are thrown together (TableProblems); then no file changes.
 */
public final class SpecImport {

	private SpecImport() {
	}

	/**
	 * Imports {@code input} into {@code spec} with the language {@code language} (the IDE injector: edits
	 * go through the change serializer).
	 *
	 * @return the sheets read
	 * @throws TableProblems for sheets that cannot be imported, or a spec that does not read
	 */
	public static Map<String, Table> run(Path input, Path spec, Injector language) throws IOException {
		TableProblems problems = new TableProblems();
		Map<String, Table> sheets = TableFiles.read(input, problems);
		problems.throwIfAny();
		TableImport tables = new TableImport(sheets, problems);
		if (Files.exists(spec)) {
			SpecDocument document = SpecDocument.open(spec, language);
			if (document.model() == null || !document.resource().getErrors().isEmpty()) {
				TableProblems unreadable = new TableProblems();
				unreadable.add(spec.getFileName() + ":1:1", "the spec does not read cleanly; fix it before importing into it");
				throw unreadable;
			}
			tables.into(document);
			AtomicFile.write(spec, document.text().getBytes(StandardCharsets.UTF_8));
		} else {
			String name = spec.getFileName().toString().replaceFirst("\\.partnership$", "");
			String text = SpecLibrary.of(language).write(List.of(tables.newModel(name)), spec);
			AtomicFile.write(spec, text.getBytes(StandardCharsets.UTF_8));
		}
		return sheets;
	}
}
