package concord.workbench.text;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.Issue;

import concord.model.partnership.PartnershipPackage;
import concord.validation.ActiveProfile;
import concord.workbench.prefs.WorkbenchProfile;

/**
 * The editor's text as the language reads it at one moment: parsed and linked against the specs next to
 * the file (so imports resolve) and checked under the workbench's rule profile, ready for the language's
 * IDE services. Never throws on bad text.
 */
public final class SpecSnapshot {

	private final XtextResource resource;
	private final Document document;

	private SpecSnapshot(XtextResource resource, Document document) {
		this.resource = resource;
		this.document = document;
	}

	public static SpecSnapshot of(Path file, String text) {
		XtextResourceSet resourceSet = PartnershipLanguage.get(XtextResourceSet.class);
		resourceSet.getPackageRegistry().put(PartnershipPackage.eNS_URI, PartnershipPackage.eINSTANCE);
		ActiveProfile.set(resourceSet, WorkbenchProfile.current());
		Path self = file.toAbsolutePath().normalize();
		if (self.getParent() != null && Files.isDirectory(self.getParent())) {
			try (Stream<Path> list = Files.list(self.getParent())) {
				list.filter(f -> f.getFileName().toString().endsWith(".partnership") && !f.toAbsolutePath().normalize().equals(self))
						.forEach(f -> {
							try {
								resourceSet.getResource(URI.createFileURI(f.toAbsolutePath().normalize().toString()), true);
							} catch (RuntimeException unreadable) {
								// only matters if this spec imports it; then its link errors say so
							}
						});
			} catch (IOException e) {
				// no neighbours: imports stay unresolved and say so
			}
		}
		XtextResource resource = (XtextResource) resourceSet.createResource(URI.createFileURI(self.toString()));
		try {
			resource.load(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), resourceSet.getLoadOptions());
		} catch (IOException e) {
			throw new IllegalStateException("text held in memory could not be read", e);
		}
		EcoreUtil.resolveAll(resource);
		return new SpecSnapshot(resource, new Document(1, text));
	}

	public XtextResource resource() {
		return resource;
	}

	public Document document() {
		return document;
	}

	/** Syntax, reference and rule findings, as the language server reports them. */
	public List<Issue> issues() {
		return resource.getResourceServiceProvider().getResourceValidator().validate(resource, CheckMode.ALL, CancelIndicator.NullImpl);
	}
}
