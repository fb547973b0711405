package concord.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.SocketTimeoutException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import concord.model.ConcordModel;
import concord.model.resource.DanglingReferences;
import concord.model.resource.LocalFilesOnly;
import concord.model.tests.fixtures.UkVictimSupportHub;

/** A model's references are followed to local files in the named folders only, and a dangling one is named. */
class LocalFilesOnlyTest {

	@TempDir
	Path folder;

	@Test
	void aReferenceToTheWebIsNeverFetchedAndIsNamed() throws IOException {
		try (ServerSocket listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
			String address = "http://127.0.0.1:" + listener.getLocalPort() + "/evil.partnership.xmi#_x";
			Path spec = hubReferringTo(address);
			List<DanglingReferences.Dangling> dangling = DanglingReferences.of(load(spec));
			assertEquals(1, dangling.size(), dangling::toString);
			assertEquals("its organisation refers to '" + address + "', but '" + address.substring(0, address.indexOf('#'))
					+ "' is not a local file; Concord reads only local files and never fetches models from the network, so it was not read",
					dangling.get(0).message());
			listener.setSoTimeout(1);
			assertThrows(SocketTimeoutException.class, listener::accept, "the model was fetched over the network");
		}
	}

	@Test
	void aFileOutsideTheFoldersIsNotRead() throws IOException {
		Path elsewhere = Files.createDirectories(folder.resolve("elsewhere"));
		Path other = elsewhere.resolve("other.partnership.xmi");
		Files.copy(hubReferringTo("nothing.partnership.xmi#_x"), other);
		Path spec = hubReferringTo("../elsewhere/other.partnership.xmi#_x");
		List<DanglingReferences.Dangling> dangling = DanglingReferences.of(load(spec));
		assertEquals(1, dangling.size(), dangling::toString);
		assertTrue(dangling.get(0).message().startsWith("its organisation refers to '../elsewhere/other.partnership.xmi#_x', but '"
				+ other + "' is outside the folders being read"), dangling.get(0).message());
	}

	@Test
	void aMissingFileAndAMissingElementAreSaidApart() throws IOException {
		Path spec = hubReferringTo("missing.partnership.xmi#_x");
		assertEquals("its organisation refers to 'missing.partnership.xmi#_x', but there is no such file",
				DanglingReferences.of(load(spec)).get(0).message());
		Path present = hubReferringTo("hub.partnership.xmi#_nowhere");
		assertEquals("its organisation refers to '#_nowhere', but this file has no element '_nowhere'",
				DanglingReferences.of(load(present)).get(0).message());
	}

	private Resource load(Path spec) throws IOException {
		ResourceSet resourceSet = ConcordModel.newResourceSet();
		LocalFilesOnly.install(resourceSet, List.of(spec.getParent()));
		Resource resource = resourceSet.createResource(URI.createFileURI(spec.toString()));
		resource.load(null);
		return resource;
	}

	/** The UK hub as XMI in the specs folder, its first membership's organisation pointing at {@code href}. */
	private Path hubReferringTo(String href) throws IOException {
		Path specs = Files.createDirectories(folder.resolve("specs"));
		Path file = specs.resolve("hub.partnership.xmi");
		ResourceSet resourceSet = ConcordModel.newResourceSet();
		Resource resource = resourceSet.createResource(URI.createFileURI(file.toString()));
		resource.getContents().add(UkVictimSupportHub.build());
		resource.save(null);
		String xmi = Files.readString(file);
		int at = xmi.indexOf("<memberships ");
		int organisation = xmi.indexOf("organisation=\"", at) + "organisation=\"".length();
		xmi = xmi.substring(0, organisation) + href + xmi.substring(xmi.indexOf('"', organisation));
		Files.writeString(file, xmi);
		return file;
	}
}
