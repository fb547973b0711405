package concord.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import concord.model.ConcordModel;
import concord.model.partnership.FrostStage;
import concord.model.partnership.IntegrationProfile;
import concord.model.partnership.Partnership;
import concord.model.partnership.PartnershipModel;
import concord.model.resource.PartnershipResource;
import concord.model.tests.fixtures.UkVictimSupportHub;

class PartnershipXmiTest {

	@TempDir
	Path folder;

	@Test
	void hubSurvivesSaveAndLoadUnchanged() throws IOException {
		PartnershipModel original = UkVictimSupportHub.build();
		Path file = save(original, "hub.partnership.xmi");

		PartnershipModel loaded = load(file);

		assertTrue(EcoreUtil.equals(original, loaded), "loaded hub differs from the one saved");
		Partnership hub = UkVictimSupportHub.hub(loaded);
		assertEquals(UkVictimSupportHub.VICTIM_SUPPORT, hub.getGovernance().getLeadAgency().getOrganisation().getName());
		assertEquals(FrostStage.MERGER_AND_INTEGRATION, hub.getTargetIntegration().getFrost());
	}

	@Test
	void fileShowsTheSourceLabelsConsultantsKnow() throws IOException {
		String xml = Files.readString(save(UkVictimSupportHub.build(), "hub.partnership.xmi"));
		assertTrue(xml.contains("frost=\"merger and integration\""), "Frost target stored by its label");
		assertTrue(xml.contains("keast=\"coordination\""));
		assertTrue(xml.contains("nz=\"co-ordination\""));
		assertTrue(xml.contains("xmlns:partnership=\"http://concord.dev/partnership/1.0\""));
	}

	@Test
	void everyObjectHasItsOwnIdAndIdsSurviveLoadAndResave() throws IOException {
		PartnershipModel original = UkVictimSupportHub.build();
		Path first = save(original, "first.partnership.xmi");
		Resource saved = original.eResource();
		Set<String> ids = new HashSet<>();
		for (TreeIterator<EObject> it = saved.getAllContents(); it.hasNext();) {
			String id = ((XMLResource) saved).getID(it.next());
			assertTrue(id != null && ids.add(id), "missing or duplicate id " + id);
		}

		PartnershipModel loaded = load(first);
		Path second = save(loaded, "second.partnership.xmi");
		assertEquals(Files.readString(first), Files.readString(second), "load + save must not churn the file");

		for (TreeIterator<EObject> it = saved.getAllContents(); it.hasNext();) {
			EObject object = it.next();
			EObject twin = loaded.eResource().getEObject(((XMLResource) saved).getID(object));
			assertEquals(object.eClass(), twin.eClass());
		}
	}

	@Test
	void savingTwiceWritesTheSameIds() throws IOException {
		PartnershipModel model = UkVictimSupportHub.build();
		Path file = save(model, "hub.partnership.xmi");
		String before = Files.readString(file);
		model.eResource().save(null);
		assertEquals(before, Files.readString(file));
	}

	@Test
	void renamingAnActorKeepsReferencesToIt() throws IOException {
		PartnershipModel model = UkVictimSupportHub.build();
		Path file = save(model, "hub.partnership.xmi");
		UkVictimSupportHub.actor(model, UkVictimSupportHub.VICTIM_SUPPORT).setName("Victim Support (renamed)");
		model.eResource().save(null);
		Partnership hub = UkVictimSupportHub.hub(load(file));
		assertEquals("Victim Support (renamed)", hub.getGovernance().getLeadAgency().getOrganisation().getName());
	}

	@Test
	void unrecordedLevelStaysUnrecordedInsteadOfBecomingTheFirstLiteral() throws IOException {
		PartnershipModel model = UkVictimSupportHub.build();
		IntegrationProfile target = UkVictimSupportHub.hub(model).getTargetIntegration();
		assertFalse(target.isSetKeast());
		IntegrationProfile loaded = UkVictimSupportHub.hub(load(save(model, "hub.partnership.xmi"))).getTargetIntegration();
		assertFalse(loaded.isSetKeast(), "keast was never recorded");
		assertTrue(loaded.isSetFrost());
	}

	@Test
	void documentsWithADoctypeAreRefused() throws IOException {
		Path secret = Files.writeString(folder.resolve("secret.txt"), "secret");
		Path evil = Files.writeString(folder.resolve("evil.partnership.xmi"),
				"<?xml version=\"1.0\"?>\n<!DOCTYPE m [<!ENTITY x SYSTEM \"" + secret.toUri() + "\">]>\n"
						+ "<partnership:PartnershipModel xmi:version=\"2.0\" xmlns:xmi=\"http://www.omg.org/XMI\" "
						+ "xmlns:partnership=\"http://concord.dev/partnership/1.0\" name=\"&x;\"/>",
				StandardCharsets.UTF_8);
		Resource resource = ConcordModel.newResourceSet().createResource(URI.createFileURI(evil.toString()));
		assertThrows(IOException.class, () -> resource.load(null));
		assertTrue(resource.getContents().isEmpty());
	}

	@Test
	void newResourceSetUsesThePartnershipResource() {
		Resource resource = ConcordModel.newResourceSet().createResource(URI.createFileURI("x.partnership.xmi"));
		assertTrue(resource instanceof PartnershipResource);
		assertNotEquals(null, resource);
	}

	private Path save(PartnershipModel model, String name) throws IOException {
		Path file = folder.resolve(name);
		Resource resource = ConcordModel.newResourceSet().createResource(URI.createFileURI(file.toString()));
		resource.getContents().add(model);
		resource.save(null);
		return file;
	}

	private static PartnershipModel load(Path file) {
		Resource resource = ConcordModel.newResourceSet().getResource(URI.createFileURI(file.toString()), true);
		return (PartnershipModel) resource.getContents().get(0);
	}
}
