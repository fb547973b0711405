package concord.cli.tests;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;

import concord.model.ConcordModel;
import concord.model.partnership.PartnershipModel;
import concord.model.tests.fixtures.UkVictimSupportHub;

/** Real spec files for the tests, written with the model's own resource implementation. */
final class Specs {

	private Specs() {
	}

	/** The UK victim support hub (DOMAIN.md 3.1) saved as XMI at {@code file}. */
	static Path hubXmi(Path file) {
		return save(UkVictimSupportHub.build(), file);
	}

	static Path save(PartnershipModel model, Path file) {
		ResourceSet resourceSet = ConcordModel.newResourceSet();
		Resource resource = resourceSet.createResource(org.eclipse.emf.common.util.URI.createFileURI(file.toString()));
		resource.getContents().add(model);
		try {
			resource.save(null);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return file;
	}
}
