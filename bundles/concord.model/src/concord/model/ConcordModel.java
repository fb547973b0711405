package concord.model;

import java.nio.file.Path;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;

import concord.model.partnership.PartnershipPackage;
import concord.model.resource.PartnershipResourceFactory;

/**
 * Entry point for using the partnership metamodel outside OSGi (CLI, plain tests, tools).
 * <p>
 * Inside OSGi the package is registered by {@code plugin.xml}; outside it nothing registers it,
 * so standalone code calls {@link #init()} once, or simply uses {@link #newResourceSet()}.
 */
public final class ConcordModel {

	/** File extension of partnership XMI files ({@code hub.partnership.xmi} ends in it). */
	public static final String XMI_EXTENSION = "xmi";

	/** Suggested full suffix of partnership XMI files; the DSL owns {@code *.partnership}. */
	public static final String XMI_FILE_SUFFIX = ".partnership.xmi";

	private static final Resource.Factory FACTORY = new PartnershipResourceFactory();

	private ConcordModel() {
	}

	/**
	 * Registers the partnership package in the global package registry and, unless another
	 * factory already claims it, the partnership XMI factory for the {@code xmi} extension.
	 * Idempotent.
	 */
	public static synchronized void init() {
		// Touching eINSTANCE makes the generated package register itself under its nsURI.
		PartnershipPackage.eINSTANCE.getNsURI();
		// putIfAbsent: in an IDE the ecore.xmi plug-in owns "xmi" globally and must keep it.
		Resource.Factory.Registry.INSTANCE.getExtensionToFactoryMap().putIfAbsent(XMI_EXTENSION, FACTORY);
	}

	/** The URI Concord gives a spec file: absolute and normalised, so that one file is one resource. */
	public static URI fileUri(Path file) {
		return URI.createFileURI(file.toAbsolutePath().normalize().toString());
	}

	/**
	 * A resource set whose {@code xmi} files load and save as {@link concord.model.resource.PartnershipResource}
	 * (stable UUID ids, hardened parser) regardless of what the global registry holds.
	 */
	public static ResourceSet newResourceSet() {
		init();
		ResourceSet resourceSet = new ResourceSetImpl();
		resourceSet.getPackageRegistry().put(PartnershipPackage.eNS_URI, PartnershipPackage.eINSTANCE);
		resourceSet.getResourceFactoryRegistry().getExtensionToFactoryMap().put(XMI_EXTENSION, FACTORY);
		return resourceSet;
	}
}
