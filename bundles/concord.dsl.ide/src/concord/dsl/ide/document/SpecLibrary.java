package concord.dsl.ide.document;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.formatting2.FormatterRequest;
import org.eclipse.xtext.formatting2.IFormatter2;
import org.eclipse.xtext.formatting2.regionaccess.ITextRegionAccess;
import org.eclipse.xtext.formatting2.regionaccess.TextRegionAccessBuilder;
import org.eclipse.xtext.linking.lazy.LazyLinkingResource;
import org.eclipse.xtext.resource.SaveOptions;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.Issue;

import com.google.inject.Injector;

import concord.model.ConcordModel;
import concord.model.partnership.PartnershipPackage;
import concord.model.resource.LocalFilesOnly;
import concord.validation.ActiveProfile;
import concord.validation.RuleProfile;

/**
 * The specs of one reading, in one resource set of the partnership language: the specs a user named and
 * the .partnership files beside them, so that a spec importing a library next to it resolves. Every
 * reader of partnership text (the command line, the map server, the workbench, pack checks) reads
 * through a library, directly or through a {@link SpecDocument}.
 */
public final class SpecLibrary {

	private static final String SUFFIX = ".partnership";

	private final Injector language;
	private final XtextResourceSet resourceSet;
	private final Set<Path> neighbours = new HashSet<>();
	private final Set<Path> folders = new HashSet<>();

	private SpecLibrary(Injector language) {
		this.language = language;
		this.resourceSet = language.getInstance(XtextResourceSet.class);
		// Outside OSGi nothing registers the metamodel the grammar imports; this resource set knows it.
		resourceSet.getPackageRegistry().put(PartnershipPackage.eNS_URI, PartnershipPackage.eINSTANCE);
	}

	/** An empty library of the language {@code language} (the runtime or the IDE injector). */
	public static SpecLibrary of(Injector language) {
		return new SpecLibrary(language);
	}

	public Injector language() {
		return language;
	}

	public XtextResourceSet resourceSet() {
		return resourceSet;
	}

	/**
	 * Adds the other .partnership files of the named files' folders, read but not reported on. A
	 * neighbour that does not read is skipped: it matters only if a spec imports it, and then that
	 * spec's reference errors say so.
	 *
	 * @throws UncheckedIOException when a folder cannot be listed
	 */
	public void addNeighboursOf(Collection<Path> files) {
		Set<Path> named = new HashSet<>();
		Set<Path> folders = new HashSet<>();
		for (Path file : files) {
			Path normal = file.toAbsolutePath().normalize();
			named.add(normal);
			if (normal.getParent() != null) {
				folders.add(normal.getParent());
			}
		}
		if (this.folders.addAll(folders)) {
			// reading never leaves the folders of the specs named: no reference is followed onto the network
			LocalFilesOnly.install(resourceSet, this.folders);
		}
		for (Path folder : folders) {
			if (!Files.isDirectory(folder)) {
				continue;
			}
			try (Stream<Path> list = Files.list(folder)) {
				list.map(f -> f.toAbsolutePath().normalize())
						.filter(f -> f.getFileName().toString().endsWith(SUFFIX) && !named.contains(f) && neighbours.add(f))
						.forEach(this::readNeighbour);
			} catch (IOException e) {
				throw new UncheckedIOException(folder + ": cannot list the folder (" + e.getMessage() + ")", e);
			}
		}
	}

	private void readNeighbour(Path file) {
		try {
			resourceSet.getResource(ConcordModel.fileUri(file), true);
		} catch (RuntimeException unreadable) {
			// skipped: see addNeighboursOf
		}
	}

	/** Reads a spec from disk, once; a second call gives the same resource. */
	public XtextResource read(Path file) throws IOException {
		URI uri = ConcordModel.fileUri(file);
		Resource existing = resourceSet.getResource(uri, false);
		if (existing != null) {
			return (XtextResource) existing;
		}
		XtextResource resource = (XtextResource) resourceSet.createResource(uri);
		try {
			resource.load(resourceSet.getLoadOptions());
		} catch (IOException | RuntimeException e) {
			resourceSet.getResources().remove(resource);
			throw e instanceof IOException io ? io : new IOException(e.getMessage(), e);
		}
		return resource;
	}

	/** Reads {@code text} as the spec {@code file} (an editor's unsaved text), replacing what was read of it. */
	public XtextResource read(Path file, String text) {
		URI uri = ConcordModel.fileUri(file);
		Resource existing = resourceSet.getResource(uri, false);
		if (existing != null) {
			existing.unload();
			resourceSet.getResources().remove(existing);
		}
		XtextResource resource = (XtextResource) resourceSet.createResource(uri);
		try {
			resource.load(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), resourceSet.getLoadOptions());
		} catch (IOException e) {
			throw new UncheckedIOException("text held in memory could not be read", e);
		}
		return resource;
	}

	/**
	 * Resolves every cross-reference of every spec read, so that checks see whole models. Partnership text
	 * is linked by Xtext's own pass, which follows only what the text names: EMF's resolveAll also walks
	 * derived references, and computed a partnership's allActors once per partnership. XMI and JSON
	 * resolve as EMF resolves them. A spec that linking loads is resolved in its turn.
	 */
	public void resolveAll() {
		List<Resource> resources = resourceSet.getResources();
		for (int i = 0; i < resources.size(); i++) {
			if (resources.get(i) instanceof LazyLinkingResource text) {
				text.resolveLazyCrossReferences(CancelIndicator.NullImpl);
			} else {
				EcoreUtil.resolveAll(resources.get(i));
			}
		}
	}

	/**
	 * Makes the rule checks of every spec of this library follow {@code profile}, with the profiles that
	 * travel with each spec ({@link concord.validation.SpecProfiles}) on top.
	 */
	public SpecLibrary ruleProfile(RuleProfile profile) {
		ActiveProfile.set(resourceSet, profile);
		return this;
	}

	/** As {@link #ruleProfile(RuleProfile)}, with {@code top} (a profile named for this run, or null) over the specs' own. */
	public SpecLibrary ruleProfiles(RuleProfile base, RuleProfile top) {
		ActiveProfile.set(resourceSet, base, top);
		return this;
	}

	/** Syntax, reference, language and rule findings of one spec of this library, under its rule profile. */
	public List<Issue> issues(XtextResource resource) {
		return resource.getResourceServiceProvider().getResourceValidator().validate(resource, CheckMode.ALL,
				CancelIndicator.NullImpl);
	}

	/** The canonical layout of a spec that reads without syntax errors, as the language's formatter gives it; comments are kept. */
	public String format(XtextResource resource) {
		ITextRegionAccess regions = language.getInstance(TextRegionAccessBuilder.class).forNodeModel(resource).create();
		FormatterRequest request = language.getInstance(FormatterRequest.class);
		request.setTextRegionAccess(regions);
		request.setAllowIdentityEdits(false);
		request.setFormatUndefinedHiddenRegionsOnly(false);
		return regions.getRewriter().renderToString(language.getInstance(IFormatter2.class).format(request));
	}

	/** Models written as partnership text in the canonical layout, as the spec {@code destination} would hold them. */
	public String write(List<EObject> contents, Path destination) throws IOException {
		XtextResourceSet target = language.getInstance(XtextResourceSet.class);
		target.getPackageRegistry().put(PartnershipPackage.eNS_URI, PartnershipPackage.eINSTANCE);
		Resource resource = target.createResource(ConcordModel.fileUri(destination));
		resource.getContents().addAll(EcoreUtil.copyAll(contents));
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try {
			resource.save(bytes, SaveOptions.newBuilder().format().getOptions().toOptionsMap());
		} catch (RuntimeException e) {
			throw new IOException(e.getMessage(), e);
		}
		return bytes.toString(StandardCharsets.UTF_8);
	}
}
