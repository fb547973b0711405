package concord.dsl.ide;

import com.google.inject.Guice;
import com.google.inject.Injector;
import concord.dsl.PartnershipRuntimeModule;
import concord.dsl.PartnershipStandaloneSetup;
import org.eclipse.xtext.util.Modules2;

/**
 * Initialization support for running Xtext languages as language servers.
 */
public class PartnershipIdeSetup extends PartnershipStandaloneSetup {

	@Override
	public Injector createInjector() {
		return Guice.createInjector(Modules2.mixin(new PartnershipRuntimeModule(), new PartnershipIdeModule()));
	}
	
}
