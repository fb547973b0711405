package concord.model.tests;

import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import concord.model.ConcordModel;
import concord.model.partnership.PartnershipModel;
import concord.model.partnership.PartnershipPackage;
import concord.model.tests.fixtures.UkVictimSupportHub;

/** What a CLI or plain Java caller relies on without OSGi. */
class ConcordModelTest {

	@TempDir
	Path folder;

	@Test
	void initRegistersThePackageUnderItsNamespace() {
		ConcordModel.init();
		ConcordModel.init();
		assertSame(PartnershipPackage.eINSTANCE,
				EPackage.Registry.INSTANCE.getEPackage("http://concord.dev/partnership/1.0"));
	}

	@Test
	void afterInitAPlainResourceSetReadsPartnershipXmi() throws IOException {
		PartnershipModel hub = UkVictimSupportHub.build();
		URI uri = URI.createFileURI(folder.resolve("hub" + ConcordModel.XMI_FILE_SUFFIX).toString());
		Resource written = ConcordModel.newResourceSet().createResource(uri);
		written.getContents().add(hub);
		written.save(null);

		ConcordModel.init();
		EObject read = new ResourceSetImpl().getResource(uri, true).getContents().get(0);

		assertTrue(EcoreUtil.equals(hub, read));
	}
}
