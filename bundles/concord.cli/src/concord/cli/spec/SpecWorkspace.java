package concord.cli.spec;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.xtext.resource.XtextResource;

import concord.cli.check.IssueProblems;
import concord.cli.check.ModelCheck;
import concord.cli.check.Problem;
import concord.cli.exit.InputError;
import concord.dsl.PartnershipStandaloneSetup;
import concord.dsl.ide.document.SpecLibrary;
import concord.dsl.validation.FindingIssues;
import concord.model.ConcordModel;
import concord.model.resource.LocalFilesOnly;
import concord.validation.RuleProfile;
import concord.validation.RuleValidator;
import concord.validation.SpecProfiles;
import concord.validation.catalogue.Severity;

/**
 * The files of one command, read into one resource set so that specs importing each other resolve: the
 * partnership language's {@link SpecLibrary}, which XMI and JSON files join. The language (Xtext) is
 * started only when a command touches a .partnership file: XMI and JSON work does not pay for it.
 */
public final class SpecWorkspace {

	private final RuleProfile profile;
	private final RuleProfile top;
	private final Set<Path> appliedProfiles = new LinkedHashSet<>();
	private SpecLibrary text;
	private ResourceSet resourceSet;
	private final Set<Path> folders = new LinkedHashSet<>();

	/** Specs checked under {@code profile} with the profiles that travel with each spec on top. */
	public SpecWorkspace(RuleProfile profile) {
		this(profile, null);
	}

	/** As {@link #SpecWorkspace(RuleProfile)}, with {@code top} (the user's --profile, or null) over everything. */
	public SpecWorkspace(RuleProfile profile, RuleProfile top) {
		this.profile = profile;
		this.top = top;
	}

	/** The profile files beside the specs checked so far that applied to them (concord.profile, or what .concord names). */
	public List<Path> appliedProfiles() {
		return List.copyOf(appliedProfiles);
	}

	/** Reads every file; a file that fails to read is returned with its problems, never thrown. */
	public List<LoadedSpec> loadAll(List<Path> files) {
		boolean needsText = files.stream().anyMatch(f -> SpecFormat.of(f).orElse(null) == SpecFormat.PARTNERSHIP);
		resourceSet(needsText);
		allowFoldersOf(files);
		if (needsText) {
			try {
				// Specs may import any .partnership file next to them; read those first (they are not reported on).
				text().addNeighboursOf(files);
			} catch (UncheckedIOException e) {
				throw new InputError(e.getMessage(), e);
			}
		}
		List<LoadedSpec> specs = new ArrayList<>();
		for (Path file : files) {
			specs.add(load(file));
		}
		if (needsText) {
			text.resolveAll();
			specs.replaceAll(spec -> spec.format() == SpecFormat.PARTNERSHIP ? withReadingErrors(spec) : spec);
		}
		return specs;
	}

	public LoadedSpec load(Path file) {
		SpecFormat format = SpecFormat.of(file).orElseThrow();
		allowFoldersOf(List.of(file));
		if (format != SpecFormat.PARTNERSHIP) {
			return ModelFormats.load(resourceSet(false), file, format);
		}
		try {
			return new LoadedSpec(file, format, text().read(file), List.of());
		} catch (IOException e) {
			Resource empty = text().resourceSet().createResource(ConcordModel.fileUri(file));
			return new LoadedSpec(file, format, empty, List.of(new Problem(file, 0, 0, Severity.ERROR, Problem.LOAD,
					"cannot read the file (" + e.getMessage() + ")", "", "")));
		}
	}

	/** The spec with the syntax and reference errors its reading found, so that commands know whether it is readable. */
	private static LoadedSpec withReadingErrors(LoadedSpec spec) {
		List<Problem> problems = new ArrayList<>(spec.problems());
		for (Resource.Diagnostic error : spec.resource().getErrors()) {
			problems.add(new Problem(spec.file(), Math.max(error.getLine(), 0), Math.max(error.getColumn(), 0), Severity.ERROR,
					FindingIssues.code(error), error.getMessage(), "", ""));
		}
		return new LoadedSpec(spec.file(), spec.format(), spec.resource(), problems);
	}

	/** Every problem of a spec: what reading it found, then the rule findings if it could be read. */
	public List<Problem> check(LoadedSpec spec) {
		if (spec.problems().stream().anyMatch(p -> Problem.LOAD.equals(p.code()))) {
			return spec.problems();
		}
		SpecProfiles.Found travelling = SpecProfiles.near(spec.file());
		if (!travelling.problems().isEmpty()) {
			throw new InputError("the rule profile beside " + spec.file() + " has problems:" + System.lineSeparator()
					+ String.join(System.lineSeparator(), travelling.problems()));
		}
		appliedProfiles.addAll(travelling.files());
		if (spec.format() == SpecFormat.PARTNERSHIP) {
			return IssueProblems.of(spec.file(), text().ruleProfiles(profile, top).issues((XtextResource) spec.resource()));
		}
		List<Problem> problems = new ArrayList<>(spec.problems());
		if (spec.isReadable()) {
			RuleProfile own = travelling.over(profile);
			problems.addAll(new ModelCheck(new RuleValidator(top == null ? own : own.then(top))).check(spec.file(), spec.resource()));
		}
		return problems;
	}

	/** The partnership language's library of this command's specs, started on first use. */
	public SpecLibrary text() {
		if (text == null) {
			text = SpecLibrary.of(new PartnershipStandaloneSetup().createInjectorAndDoEMFRegistration());
		}
		return text;
	}

	/**
	 * Loading reads local files in the folders of the specs being read and nothing else: a reference
	 * to anything beyond them (a web address above all) is reported, never followed.
	 */
	private void allowFoldersOf(List<Path> files) {
		boolean grown = false;
		for (Path file : files) {
			grown |= folders.add(file.toAbsolutePath().normalize().getParent());
		}
		if (grown && resourceSet != null) {
			LocalFilesOnly.install(resourceSet, folders);
		}
	}

	private ResourceSet resourceSet(boolean withText) {
		if (resourceSet == null) {
			resourceSet = withText ? text().resourceSet() : new ResourceSetImpl();
			ModelFormats.register(resourceSet);
			LocalFilesOnly.install(resourceSet, folders);
		}
		return resourceSet;
	}
}
