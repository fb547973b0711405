package concord.dsl;


/**
 * Initialization support for running Xtext languages without Equinox extension registry.
 */
public class PartnershipStandaloneSetup extends PartnershipStandaloneSetupGenerated {

	public static void doSetup() {
		new PartnershipStandaloneSetup().createInjectorAndDoEMFRegistration();
	}
}
