package concord.dsl.ide.server;

import org.eclipse.xtext.ide.server.LanguageServerImpl;
import org.eclipse.xtext.ide.server.ProjectManager;
import org.eclipse.xtext.ide.server.ServerModule;
import org.eclipse.xtext.resource.IResourceServiceProvider;
import org.eclipse.xtext.resource.impl.ResourceServiceProviderRegistryImpl;

import com.google.inject.AbstractModule;
import com.google.inject.Module;
import com.google.inject.util.Modules;

import concord.dsl.ide.PartnershipIdeSetup;

/**
 * Xtext's language server with the partnership language registered explicitly, not found by scanning
 * the class path for setups (which would also find the runtime-only setup of concord.dsl).
 */
public final class PartnershipServerModule extends AbstractModule {

	/** The module to create the server's injector from. */
	public static Module create() {
		return Modules.override(new ServerModule()).with(new PartnershipServerModule());
	}

	private PartnershipServerModule() {
	}

	@Override
	protected void configure() {
		IResourceServiceProvider language = new PartnershipIdeSetup().createInjectorAndDoEMFRegistration()
				.getInstance(IResourceServiceProvider.class);
		ResourceServiceProviderRegistryImpl registry = new ResourceServiceProviderRegistryImpl();
		registry.getExtensionToFactoryMap().put("partnership", language);
		bind(IResourceServiceProvider.Registry.class).toInstance(registry);
		bind(LanguageServerImpl.class).to(ConcordLanguageServer.class);
		bind(ProjectManager.class).to(LocalProjectManager.class);
	}
}
