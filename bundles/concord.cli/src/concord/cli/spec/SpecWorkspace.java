package concord.cli.spec;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;

import concord.cli.check.ModelCheck;
import concord.cli.check.Problem;
import concord.model.resource.LocalFilesOnly;
import concord.validation.PartnershipValidator;
import concord.validation.RuleProfile;

/**
 * The files of one command, read into one resource set so that specs importing each other resolve.
 * The partnership language (Xtext) is started only when a command touches a .partnership file:
 * XMI and JSON work does not pay for it.
 */
public final class SpecWorkspace {

	private final RuleProfile profile;
	private PartnershipText text;
	private ResourceSet resourceSet;
	private final Set<Path> folders = new LinkedHashSet<>();

	public SpecWorkspace(RuleProfile profile) {
		this.profile = profile;
	}

	/** Reads every file; a file that fails to read is returned with its problems, never thrown. */
	public List<LoadedSpec> loadAll(List<Path> files) {
		boolean needsText = files.stream().anyMatch(f -> SpecFormat.of(f).orElse(null) == SpecFormat.PARTNERSHIP);
		resourceSet(needsText);
		allowFoldersOf(files);
		if (needsText) {
			// Specs may import any .partnership file next to them; index those first (they are not reported on).
			text.addNeighbours(resourceSet, files);
		}
		List<LoadedSpec> specs = new ArrayList<>();
		for (Path file : files) {
			specs.add(load(file));
		}
		if (needsText) {
			text.resolveAll(resourceSet);
			specs.replaceAll(spec -> spec.format() == SpecFormat.PARTNERSHIP ? text.withLinkProblems(spec) : spec);
		}
		return specs;
	}

	public LoadedSpec load(Path file) {
		SpecFormat format = SpecFormat.of(file).orElseThrow();
		allowFoldersOf(List.of(file));
		if (format == SpecFormat.PARTNERSHIP) {
			return text(true).load(resourceSet(true), file);
		}
		return ModelFormats.load(resourceSet(false), file, format);
	}

	/** Every problem of a spec: what reading it found, then the rule findings if it could be read. */
	public List<Problem> check(LoadedSpec spec) {
		if (spec.format() == SpecFormat.PARTNERSHIP) {
			return text(true).check(spec, profile);
		}
		List<Problem> problems = new ArrayList<>(spec.problems());
		if (spec.isReadable()) {
			problems.addAll(new ModelCheck(new PartnershipValidator(profile)).check(spec.file(), spec.resource()));
		}
		return problems;
	}

	/** The partnership language, started on first use. */
	public PartnershipText text(boolean start) {
		if (text == null && start) {
			text = PartnershipText.start();
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
			resourceSet = withText ? text(true).newResourceSet() : new ResourceSetImpl();
			ModelFormats.register(resourceSet);
			LocalFilesOnly.install(resourceSet, folders);
		}
		return resourceSet;
	}
}
