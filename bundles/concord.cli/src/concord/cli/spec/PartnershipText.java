package concord.cli.spec;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.formatting2.FormatterRequest;
import org.eclipse.xtext.formatting2.IFormatter2;
import org.eclipse.xtext.formatting2.regionaccess.ITextRegionAccess;
import org.eclipse.xtext.formatting2.regionaccess.ITextReplacement;
import org.eclipse.xtext.formatting2.regionaccess.TextRegionAccessBuilder;
import org.eclipse.xtext.resource.SaveOptions;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.IResourceValidator;
import org.eclipse.xtext.validation.Issue;

import com.google.inject.Injector;

import concord.cli.InputError;
import concord.cli.check.Problem;
import concord.dsl.PartnershipStandaloneSetup;
import concord.validation.ActiveProfile;
import concord.validation.RuleProfile;
import concord.validation.Severity;
import concord.validation.catalogue.Rule;
import concord.validation.catalogue.RuleCatalogue;

/**
 * The partnership language as the command line uses it: Xtext run standalone (no OSGi), for reading
 * specs with positioned problems, validating them, formatting them and writing models as text.
 */
public final class PartnershipText {

	private static final String SYNTAX_CODE = org.eclipse.xtext.diagnostics.Diagnostic.SYNTAX_DIAGNOSTIC;
	private static final String LINKING_CODE = org.eclipse.xtext.diagnostics.Diagnostic.LINKING_DIAGNOSTIC;

	private final Injector injector;
	private final Set<Path> neighbours = new HashSet<>();

	private PartnershipText(Injector injector) {
		this.injector = injector;
	}

	/** Starts the language (Guice injector, EMF registrations); costs a few hundred milliseconds. */
	public static PartnershipText start() {
		return new PartnershipText(new PartnershipStandaloneSetup().createInjectorAndDoEMFRegistration());
	}

	public ResourceSet newResourceSet() {
		return injector.getInstance(XtextResourceSet.class);
	}

	/**
	 * Adds the other .partnership files of the named files' folders to the resource set, so that a spec
	 * importing a shared library next to it resolves; they are read, not reported on.
	 */
	public void addNeighbours(ResourceSet resourceSet, Collection<Path> files) {
		Set<Path> named = new HashSet<>();
		files.forEach(f -> named.add(f.toAbsolutePath().normalize()));
		Set<Path> folders = new HashSet<>();
		files.forEach(f -> folders.add(f.toAbsolutePath().normalize().getParent()));
		for (Path folder : folders) {
			try (Stream<Path> list = Files.list(folder)) {
				list.filter(f -> SpecFormat.of(f).orElse(null) == SpecFormat.PARTNERSHIP)
						.map(f -> f.toAbsolutePath().normalize())
						.filter(f -> !named.contains(f) && neighbours.add(f))
						.forEach(f -> {
							try {
								resourceSet.getResource(SpecUris.of(f), true);
							} catch (RuntimeException unreadable) {
								// a broken neighbour only matters if it is imported; then the import reports it
							}
						});
			} catch (IOException e) {
				throw new InputError(folder + ": cannot list the folder (" + e.getMessage() + ")", e);
			}
		}
	}

	/** Parses a spec; syntax errors are problems with positions. References are resolved later. */
	public LoadedSpec load(ResourceSet resourceSet, Path file) {
		Resource resource = resourceSet.getResource(SpecUris.of(file), false);
		List<Problem> problems = new ArrayList<>();
		if (resource == null) {
			resource = resourceSet.createResource(SpecUris.of(file));
			try {
				resource.load(resourceSet.getLoadOptions());
			} catch (IOException | RuntimeException e) {
				problems.add(new Problem(file, 0, 0, Severity.ERROR, Problem.LOAD,
						"cannot read the file (" + e.getMessage() + ")", "", ""));
			}
		}
		return new LoadedSpec(file, SpecFormat.PARTNERSHIP, resource, problems);
	}

	/** Resolves every cross-reference of every spec, so that checks see whole models. */
	public void resolveAll(ResourceSet resourceSet) {
		EcoreUtil.resolveAll(resourceSet);
	}

	/** The spec with its syntax and reference errors, as the language reports them. */
	public LoadedSpec withLinkProblems(LoadedSpec spec) {
		List<Problem> problems = new ArrayList<>(spec.problems());
		for (Resource.Diagnostic error : spec.resource().getErrors()) {
			problems.add(new Problem(spec.file(), Math.max(error.getLine(), 0), Math.max(error.getColumn(), 0),
					Severity.ERROR, error instanceof org.eclipse.xtext.diagnostics.AbstractDiagnostic d
							&& LINKING_CODE.equals(d.getCode()) ? Problem.REFERENCE : Problem.SYNTAX,
					error.getMessage(), "", ""));
		}
		return new LoadedSpec(spec.file(), spec.format(), spec.resource(), problems);
	}

	/**
	 * Every problem of a spec: syntax and reference errors, the language's own checks, and the rule
	 * catalogue's findings under {@code profile}, all with line and column.
	 */
	public List<Problem> check(LoadedSpec spec, RuleProfile profile) {
		if (!spec.problems().isEmpty() && spec.problems().stream().anyMatch(p -> Problem.LOAD.equals(p.code()))) {
			return spec.problems();
		}
		ActiveProfile.set(spec.resource().getResourceSet(), profile);
		IResourceValidator validator = ((XtextResource) spec.resource()).getResourceServiceProvider().getResourceValidator();
		List<Problem> problems = new ArrayList<>();
		for (Issue issue : validator.validate(spec.resource(), CheckMode.ALL, CancelIndicator.NullImpl)) {
			Severity severity = switch (issue.getSeverity()) {
			case ERROR -> Severity.ERROR;
			case WARNING -> Severity.WARNING;
			case INFO -> Severity.INFO;
			case IGNORE -> null;
			};
			if (severity == null) {
				continue;
			}
			String code = codeOf(issue);
			String source = RuleCatalogue.standard().find(code).map(Rule::source).orElse("");
			problems.add(new Problem(spec.file(), issue.getLineNumber() == null ? 0 : issue.getLineNumber(),
					issue.getColumn() == null ? 0 : issue.getColumn(), severity, code, messageOf(issue, source), source, ""));
		}
		return problems;
	}

	/** The canonical layout of a spec, as the language's formatter gives it; comments are kept. */
	public String format(LoadedSpec spec) {
		XtextResource resource = (XtextResource) spec.resource();
		ITextRegionAccess regions = injector.getInstance(TextRegionAccessBuilder.class).forNodeModel(resource).create();
		FormatterRequest request = injector.getInstance(FormatterRequest.class);
		request.setTextRegionAccess(regions);
		request.setAllowIdentityEdits(false);
		request.setFormatUndefinedHiddenRegionsOnly(false);
		List<ITextReplacement> replacements = injector.getInstance(IFormatter2.class).format(request);
		return regions.getRewriter().renderToString(replacements);
	}

	/** Writes models as partnership text in the canonical layout. */
	public String serialize(List<EObject> contents, Path destination) {
		ResourceSet resourceSet = newResourceSet();
		Resource target = resourceSet.createResource(SpecUris.of(destination));
		target.getContents().addAll(EcoreUtil.copyAll(contents));
		try {
			ByteArrayOutputStream bytes = new ByteArrayOutputStream();
			target.save(bytes, SaveOptions.newBuilder().format().getOptions().toOptionsMap());
			return bytes.toString(StandardCharsets.UTF_8);
		} catch (IOException | RuntimeException e) {
			throw new InputError(destination + ": cannot write the model as partnership text (" + e.getMessage() + ")", e);
		}
	}

	private static String codeOf(Issue issue) {
		String code = issue.getCode();
		if (issue.isSyntaxError() || SYNTAX_CODE.equals(code)) {
			return Problem.SYNTAX;
		}
		if (LINKING_CODE.equals(code)) {
			return Problem.REFERENCE;
		}
		return code == null || code.isBlank() ? "language" : code;
	}

	/** The language's diagnostics cite the source in the message; the report prints it separately. */
	private static String messageOf(Issue issue, String source) {
		String message = issue.getMessage();
		String suffix = " (" + source + ")";
		return !source.isEmpty() && message.endsWith(suffix) ? message.substring(0, message.length() - suffix.length()) : message;
	}
}
