package concord.workbench.text;

import com.google.inject.Injector;

import concord.dsl.ide.PartnershipIdeSetup;

/** The partnership language with its IDE services, started once per workbench on first use. */
public final class PartnershipLanguage {

	private static Injector injector;

	private PartnershipLanguage() {
	}

	public static synchronized Injector injector() {
		if (injector == null) {
			injector = new PartnershipIdeSetup().createInjectorAndDoEMFRegistration();
		}
		return injector;
	}

	/** The service of {@code type} the language binds (content assist, hover, validation, ...). */
	public static <T> T get(Class<T> type) {
		return injector().getInstance(type);
	}
}
