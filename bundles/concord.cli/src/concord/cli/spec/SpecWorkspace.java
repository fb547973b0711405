package concord.cli.spec;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;

import concord.cli.InputError;
import concord.cli.check.ModelCheck;
import concord.cli.check.Problem;
import concord.validation.PartnershipValidator;
import concord.validation.RuleProfile;

/**
 * The files of one command, read into one resource set so that specs referring to each other resolve.
 * This build reads the interchange formats (XMI, JSON); the partnership language joins when the DSL
 * bundle is in the reactor.
 */
public final class SpecWorkspace {

	private final RuleProfile profile;
	private final ResourceSet resourceSet = new ResourceSetImpl();

	public SpecWorkspace(RuleProfile profile) {
		this.profile = profile;
		ModelFormats.register(resourceSet);
	}

	/** Reads every file; a file that fails to read is returned with its problems, never thrown. */
	public List<LoadedSpec> loadAll(List<Path> files) {
		List<LoadedSpec> specs = new ArrayList<>();
		for (Path file : files) {
			specs.add(load(file));
		}
		return specs;
	}

	public LoadedSpec load(Path file) {
		SpecFormat format = SpecFormat.of(file).orElseThrow();
		if (format == SpecFormat.PARTNERSHIP) {
			throw new InputError(file + ": this build of concord reads .partnership.xmi and .partnership.json only;"
					+ " the partnership language is not part of it yet");
		}
		return ModelFormats.load(resourceSet, file, format);
	}

	/** Every problem of a spec: what reading it found, then the rule findings if it could be read. */
	public List<Problem> check(LoadedSpec spec) {
		List<Problem> problems = new ArrayList<>(spec.problems());
		if (spec.isReadable()) {
			problems.addAll(new ModelCheck(new PartnershipValidator(profile)).check(spec.file(), spec.resource()));
		}
		return problems;
	}
}
